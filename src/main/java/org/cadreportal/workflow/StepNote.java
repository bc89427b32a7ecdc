package org.cadreportal.workflow;

import java.util.List;

/**
 * What every step takes besides its own form: the opinion and the files. The kernel checks both against
 * the step's definition when the step is taken.
 */
public record StepNote(String opinion, List<NewAttachment> attachments) {

    public StepNote {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static StepNote of(String opinion) {
        return new StepNote(opinion, List.of());
    }

    public static StepNote none() {
        return of(null);
    }

    /** The record of this step taken with these details. */
    public StepTaken taken(StepDefinition step, List<StepDetail> details) {
        return new StepTaken(step, opinion, details, attachments);
    }
}
