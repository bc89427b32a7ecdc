package org.cadreportal.adjustment;

import org.cadreportal.workflow.VoteTally;

/**
 * 讨论决定 as it stands when the chair or the recorder is about to close the vote, read afresh from the record.
 * {@code tally} (and so the decision the close will make) is given only once the meeting is quorate and every
 * member present has voted: then closing reveals nothing the close itself would not; before that it is null and
 * the close would be refused.
 */
public record ClosingOutlook(int entitled, int attended, int pending, VoteTally tally) {

    public boolean ready() {
        return tally != null;
    }
}
