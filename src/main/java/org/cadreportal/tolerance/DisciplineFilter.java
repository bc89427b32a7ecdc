package org.cadreportal.tolerance;

/**
 * The visit list's filters; null means any. {@code text} matches a cadre's name; {@code overdueOnly}
 * keeps the records with at least one overdue visit.
 */
public record DisciplineFilter(String text, Long unitId, DisciplineType type, boolean overdueOnly) {

    public static DisciplineFilter all() {
        return new DisciplineFilter(null, null, null, false);
    }
}
