package org.cadreportal.assessment;

import java.math.BigDecimal;
import org.cadreportal.cadre.AnnualGrade;

/**
 * A key cadre on the grades screen: who, his unit and its group, his 年度考核 grade for the plan's year (null
 * while not recorded) and, next to it, his unit's own result in the plan (null until the plan is scored).
 */
public record CadreGradeRow(long cadreId, String cadreCode, String cadreName, String postTitle, long unitId,
                            String unitCode, String unitName, long groupId, String groupName, AnnualGrade grade,
                            BigDecimal unitTotal, Integer unitRank, Grade unitGrade) {
}
