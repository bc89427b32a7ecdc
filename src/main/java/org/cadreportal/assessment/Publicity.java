package org.cadreportal.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A plan's place in the results procedure: its status, the 公示 window (from {@code start} to {@code end}, both days
 * included, {@code workingDays} working days on the holiday calendar), the appeals still open, and who made the
 * result final. Window fields are null before 公示.
 */
public record Publicity(long planId, int version, PlanStatus status, LocalDate start, Integer workingDays,
                        LocalDate end, long openAppeals, LocalDateTime finalizedAt, String finalizedBy) {
}
