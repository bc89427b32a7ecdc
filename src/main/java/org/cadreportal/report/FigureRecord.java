package org.cadreportal.report;

import java.time.LocalDate;

/**
 * One record behind a figure, as the drill-down grid and its Excel export show it: the day that put it
 * in the period, what it is, its unit, a detail line, and the portal route that opens it.
 */
public record FigureRecord(long id, LocalDate date, String title, String unitName, String detail, String link) {

    /** A long text cut to the 80 characters a drill-down line shows. */
    public static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
