package org.cadreportal.adjustment;

/**
 * The moves beside the step form the viewer may make on a case now, decided by the service by the rules it
 * enforces on the move itself, so the case page offers exactly those and decides nothing.
 */
public record CaseActions(boolean maySendBack, boolean mayCloseImproved, boolean mayTerminate) {

    public static final CaseActions NONE = new CaseActions(false, false, false);
}
