package org.cadreportal.workflow;

import java.util.List;

/** What a case type records at a step it takes: the step, the opinion, the details and the files. */
public record StepTaken(StepDefinition step, String opinion, List<StepDetail> details,
                        List<NewAttachment> attachments) {

    public StepTaken {
        details = List.copyOf(details);
        attachments = List.copyOf(attachments);
    }

    public static StepTaken of(StepDefinition step, String opinion, List<StepDetail> details) {
        return new StepTaken(step, opinion, details, List.of());
    }
}
