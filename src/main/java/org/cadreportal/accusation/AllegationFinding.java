package org.cadreportal.accusation;

import org.cadreportal.workflow.StepTexts;

/** The finding on one allegation, with its reason (stripped; blank is missing). */
public record AllegationFinding(long allegationId, FindingType finding, String reason) {

    public AllegationFinding {
        reason = StepTexts.clean(reason);
    }
}
