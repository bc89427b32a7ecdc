package org.cadreportal.adjustment;

import java.time.LocalDateTime;
import org.cadreportal.cadre.AnnualGrade;

/** An open proposal to start a 下 for a poor 年度考核 grade, as the clerk's 我的待办 lists it. */
public record GradeProposalRow(long id, int version, long cadreId, String cadreName, String unitName, int year,
                               AnnualGrade grade, LocalDateTime raisedAt) {
}
