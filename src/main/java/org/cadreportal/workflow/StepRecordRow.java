package org.cadreportal.workflow;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** A step taken, as the stepper, the history and the printed record show it. */
public record StepRecordRow(long id, long stepId, int ordinal, String stepNameZh, String stepNameEn,
                            StepOutcome outcome, Integer targetOrdinal, String actorUsername, String actorName,
                            LocalDateTime actedAt, String opinion, List<StepDetail> details,
                            List<AttachmentRow> attachments) {

    public String stepName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? stepNameEn : stepNameZh;
    }
}
