package org.cadreportal.adjustment;

/**
 * Published when a case is terminated (终止) with a reason: whatever it was opened for, or decided,
 * does not happen. {@code direction} says whether it would have moved the cadre up or down.
 */
public record AdjustmentTerminated(long caseId, String caseNo, long cadreId, Direction direction) {
}
