package org.cadreportal.adjustment;

import java.time.LocalDate;

/** One follow-up visit (跟踪回访). */
public record VisitForm(LocalDate visitDate, String notes) {
}
