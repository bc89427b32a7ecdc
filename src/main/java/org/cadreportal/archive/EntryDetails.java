package org.cadreportal.archive;

import java.util.List;
import org.cadreportal.workflow.AttachmentRow;

/**
 * One entry with everything its page shows. {@code canEdit} and {@code canReview} say what the
 * signed-in user may do with it now.
 */
public record EntryDetails(EntryRow row, int version, EntryForm form, Scores scores, String returnReason,
                           String reviewerName, List<AttachmentRow> attachments,
                           List<EntryTransitionRow> transitions, boolean canEdit, boolean canReview) {
}
