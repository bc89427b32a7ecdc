package org.cadreportal.tolerance;

import java.time.LocalDate;

/**
 * A discipline record as the visit list shows it, with its visits counted: planned, made, overdue, and
 * the next one still to make (null when none is planned).
 */
public record DisciplineRow(long id, long cadreId, String cadreName, String unitName, DisciplineType type,
                            LocalDate decidedOn, LocalDate impactUntil, long visitsPlanned, long visitsMade,
                            long visitsOverdue, LocalDate nextVisitOn) {
}
