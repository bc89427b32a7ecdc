package org.cadreportal.adjustment;

import java.time.LocalDate;

public record VisitRow(long id, LocalDate visitDate, String visitor, String notes) {
}
