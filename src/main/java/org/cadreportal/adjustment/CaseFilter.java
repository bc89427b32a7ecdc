package org.cadreportal.adjustment;

import org.cadreportal.workflow.CaseStatus;

/**
 * The case list's filters; null means any. {@code stepCode} matches the current step's code (the
 * same step in either procedure, e.g. DECIDE), {@code text} a cadre's name or a case number.
 */
public record CaseFilter(String text, Direction direction, String stepCode, CaseStatus status, Long unitId,
                         Long situationId, boolean overdueOnly) {

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, false);
    }
}
