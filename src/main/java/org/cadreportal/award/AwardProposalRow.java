package org.cadreportal.award;

import java.time.LocalDateTime;
import org.cadreportal.cadre.AnnualGrade;

/**
 * An open proposal to record a 记功奖励 for an 优秀 年度考核 grade, as the clerk's 我的待办 lists it, with the
 * reason the award form starts from (in Chinese, as the award's record keeps it).
 */
public record AwardProposalRow(long id, int version, long cadreId, String cadreName, String unitName, int year,
                               AnnualGrade grade, LocalDateTime raisedAt, String suggestedReason) {
}
