package org.cadreportal.accusation;

import java.util.List;
import org.cadreportal.workflow.NewAttachment;

/** Completing a step that records only an opinion and files (核查, 归档, closing 联席会议研判 or 澄清). */
public record StepNote(String opinion, List<NewAttachment> attachments) {

    public StepNote {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
