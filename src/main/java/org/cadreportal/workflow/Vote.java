package org.cadreportal.workflow;

/** A member's vote at 讨论决定. */
public enum Vote {
    AGREE, DISAGREE, ABSTAIN;

    public String labelKey() {
        return "workflow.vote." + name();
    }
}
