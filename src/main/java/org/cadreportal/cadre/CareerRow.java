package org.cadreportal.cadre;

import java.time.LocalDate;

/**
 * One entry of a cadre's career history; {@code endDate} is null for the current one. {@code note}
 * names the case that made the change, and {@code impactUntil} ends a "down" case's impact period.
 */
public record CareerRow(LocalDate startDate, LocalDate endDate, String unitName, String postTitle, CadreRank rank,
                        String note, LocalDate impactUntil) {
}
