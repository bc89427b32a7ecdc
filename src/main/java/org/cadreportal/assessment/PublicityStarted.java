package org.cadreportal.assessment;

import java.time.LocalDate;

/** A plan's results went into 公示 from {@code start} to {@code end} (both included): the units may appeal. */
public record PublicityStarted(long planId, int year, LocalDate start, LocalDate end) {
}
