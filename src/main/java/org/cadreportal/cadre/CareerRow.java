package org.cadreportal.cadre;

import java.time.LocalDate;

/** One entry of a cadre's career history; {@code endDate} is null for the current one. */
public record CareerRow(LocalDate startDate, LocalDate endDate, String unitName, String postTitle, CadreRank rank) {
}
