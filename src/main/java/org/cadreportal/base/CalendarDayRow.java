package org.cadreportal.base;

import java.time.LocalDate;

/** One entry of the working-day calendar. */
public record CalendarDayRow(LocalDate day, int version, DayKind kind, String name) {
}
