package org.cadreportal.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counting in working days: Monday to Friday, minus the listed holidays, plus the listed make-up
 * working days on weekends. Deadlines such as "clarify within 20 working days" are counted here.
 */
public final class WorkingDays {

    private final Map<LocalDate, DayKind> listed;

    public WorkingDays(Map<LocalDate, DayKind> listed) {
        this.listed = Map.copyOf(listed);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = listed.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day on which {@code days} working days after {@code start} are complete (start itself not counted). */
    public LocalDate plus(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days < 0");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days from {@code from} (exclusive) to {@code to} (inclusive): what is left until a deadline,
     * negative by the working days already missed when {@code to} has passed. A deadline that has passed
     * is never 0, even on the weekend or holiday right after it (0 means "due today").
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -Math.max(1, between(to, from));
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
