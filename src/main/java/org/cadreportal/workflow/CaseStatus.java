package org.cadreportal.workflow;

/** Where a case stands: open on a step, or closed one of four ways. */
public enum CaseStatus {
    OPEN, COMPLETED, REJECTED, IMPROVED, TERMINATED;

    public String labelKey() {
        return "workflow.status." + name();
    }
}
