package org.cadreportal.workflow;

/** What a step record says happened at that step. */
public enum StepOutcome {
    /** The step's work was done; the case moved on (or finished, after the last step). */
    COMPLETED,
    /** The case went back to an earlier step, with a reason. */
    SENT_BACK,
    /** The case was stopped, with a reason. */
    TERMINATED,
    /** The decision was taken and did not pass: the case closes without an adjustment. */
    REJECTED,
    /** The cadre improved within the warning's deadline: the case closes. */
    IMPROVED,
    /** A note on the current step that does not move the case (a vote cast, a visit made). */
    NOTED,
    /**
     * A step done outside the portal and entered afterwards by a clerk (补录), e.g. a clarification
     * case concluded before it was logged; the record names the clerk who entered it.
     */
    LOGGED;

    public String labelKey() {
        return "workflow.outcome." + name();
    }
}
