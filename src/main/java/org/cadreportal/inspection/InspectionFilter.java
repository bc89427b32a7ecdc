package org.cadreportal.inspection;

import java.time.LocalDate;

/** The inspections list's filter: text in the finding or inspectors, unit subtree, type, date range. */
public record InspectionFilter(String text, Long unitId, Long typeId, LocalDate from, LocalDate to) {

    public static InspectionFilter all() {
        return new InspectionFilter(null, null, null, null, null);
    }
}
