package org.cadreportal.cadre;

import java.time.LocalDate;

/**
 * A post and rank change decided by a case (能上能下), taking effect on {@code effectiveDate}; the
 * career entry it opens carries {@code note} and, for a "down" case, the impact period's end. {@code unitId}
 * is the unit of the new post when it is another unit's (null: the cadre stays in his unit).
 */
public record CadreAdjustment(Long unitId, String postTitle, CadreRank rank, LocalDate effectiveDate, String note,
                              LocalDate impactUntil) {
}
