package org.cadreportal.report.ui;

import java.time.LocalDate;
import java.time.YearMonth;

/** A dashboard period: a year, a quarter, a month or any two days, as {@code from}..{@code to} both included. */
record Period(LocalDate from, LocalDate to) {

    enum Kind {
        YEAR, QUARTER, MONTH, CUSTOM;

        String labelKey() {
            return "dashboard.period." + name().toLowerCase();
        }
    }

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(m.atDay(1), m.atEndOfMonth());
    }

    /** The query string a drill-down link carries: from, to and (when chosen) the unit. */
    String query(Long unitId) {
        return "from=" + from + "&to=" + to + (unitId == null ? "" : "&unit=" + unitId);
    }

    /** As above, and the part a dashboard filter narrowed the figure to (when it did). */
    String query(Long unitId, String part) {
        return query(unitId) + (part == null ? ""
                : "&part=" + java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8));
    }
}
