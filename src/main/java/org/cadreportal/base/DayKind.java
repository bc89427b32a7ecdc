package org.cadreportal.base;

/** A calendar entry: a public holiday (a day off) or a make-up working day on a weekend (调休上班). */
public enum DayKind {
    HOLIDAY, WORKDAY;

    public String labelKey() {
        return "calendar.kind." + name();
    }
}
