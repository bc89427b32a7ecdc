package org.cadreportal.tolerance;

import org.cadreportal.workflow.CaseStatus;

/**
 * The application list's filters; null means any. {@code text} matches a cadre's name, an application
 * number or the matter; {@code unitId} means that unit and its subtree; {@code stepCode} the current step.
 */
public record ApplicationFilter(String text, Long unitId, Long categoryId, String stepCode, CaseStatus status,
                                FindingOutcome outcome) {

    public static ApplicationFilter all() {
        return new ApplicationFilter(null, null, null, null, null, null);
    }
}
