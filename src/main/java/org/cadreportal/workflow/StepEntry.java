package org.cadreportal.workflow;

import java.util.List;

/** A step being taken on a case: what the case type hands the kernel to record. */
public record StepEntry(String caseType, long caseId, StepDefinition step, StepOutcome outcome, Integer targetOrdinal,
                        String opinion, List<StepDetail> details, List<NewAttachment> attachments) {

    public StepEntry {
        details = List.copyOf(details);
        attachments = List.copyOf(attachments);
    }
}
