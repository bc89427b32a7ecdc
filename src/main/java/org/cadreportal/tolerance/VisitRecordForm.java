package org.cadreportal.tolerance;

import java.time.LocalDate;

/** A planned visit made: the day (not in the future), how the cadre is doing, and what was found. */
public record VisitRecordForm(LocalDate visitedOn, Assessment assessment, String notes) {
}
