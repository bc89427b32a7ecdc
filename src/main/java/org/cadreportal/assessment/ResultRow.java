package org.cadreportal.assessment;

import java.math.BigDecimal;

/** A unit's result in a plan: its total, rank in its group and grade. */
public record ResultRow(long unitId, String unitCode, String unitName, long groupId, BigDecimal total, int rank,
                        Grade grade, boolean vetoed) {
}
