package org.cadreportal.adjustment;

/**
 * Published by another feature (the supervision platform's third escalation) to open a "down" case
 * for a cadre. {@code reference} names the originating record for the case summary.
 */
public record AdjustmentRequested(long cadreId, CaseSource source, String reference, String summary) {
}
