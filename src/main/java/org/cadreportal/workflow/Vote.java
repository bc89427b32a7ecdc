package org.cadreportal.workflow;

import org.cadreportal.base.Labelled;

/** A member's vote at 讨论决定; its Chinese word is the one the minutes and a decision's record keep. */
public enum Vote implements Labelled {
    AGREE, DISAGREE, ABSTAIN;

    @Override
    public String labelPrefix() {
        return "workflow.vote.";
    }
}
