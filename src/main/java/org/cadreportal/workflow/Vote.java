package org.cadreportal.workflow;

/** A member's vote at 讨论决定. */
public enum Vote {
    AGREE("同意"), DISAGREE("不同意"), ABSTAIN("弃权");

    private final String chinese;

    Vote(String chinese) {
        this.chinese = chinese;
    }

    /** The word in the minutes; a decision's record keeps each member's vote in it. */
    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "workflow.vote." + name();
    }
}
