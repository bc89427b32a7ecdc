package org.cadreportal.assessment;

import java.math.BigDecimal;

/**
 * A unit a hand-entered indicator is scored for (a unit of a group that weights it): the indicator's points in
 * that group (the most a 评价打分 may give, the cap of 加分/扣分) and the value entered so far, null if none.
 */
public record ScoreCell(long unitId, String unitCode, String unitName, String groupName, BigDecimal weight,
                        BigDecimal value) {
}
