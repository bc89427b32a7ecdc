package org.cadreportal.assessment;

import java.time.LocalDate;

/**
 * One event behind a deduction or bonus, for the explanation: its type, the day, a short reference (an item
 * number, an award's document number), a title, and the route that opens the record.
 */
public record Evidence(EventType type, LocalDate day, String reference, String title, String route) {
}
