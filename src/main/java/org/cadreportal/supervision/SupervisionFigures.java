package org.cadreportal.supervision;

import java.time.LocalDate;

/**
 * The figures leaders quote for a period and a unit subtree (see docs/metrics.md for each definition).
 * {@code redRatePercent} is rounded to one decimal.
 */
public record SupervisionFigures(LocalDate from, LocalDate to, long itemsOnline, long itemsClosed, long itemsRed,
                                 double redRatePercent, long reminders, long interviews, long adjustments) {
}
