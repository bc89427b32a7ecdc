package org.cadreportal.base;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar: public holidays and make-up working days, kept by administrators, and the
 * deadline arithmetic every feature counting in working days uses.
 */
public interface WorkingCalendar {

    /** The calendar covering {@code from} and the year after it, enough for any deadline counted from it. */
    WorkingDays around(LocalDate from);

    /** The day {@code days} working days after {@code start}. */
    LocalDate plusWorkingDays(LocalDate start, int days);

    List<CalendarDayRow> days(int year);

    /** Adds or changes the entry of one day; {@code version} is null for a new entry. */
    CalendarDayRow save(LocalDate day, Integer version, DayKind kind, String name);

    void delete(LocalDate day, int version);
}
