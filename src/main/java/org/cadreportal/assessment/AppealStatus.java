package org.cadreportal.assessment;

/** Where a unit's appeal (申诉) stands: waiting for the 考核办, accepted (its data corrected) or rejected with a reason. */
public enum AppealStatus {
    OPEN, ACCEPTED, REJECTED;

    public String labelKey() {
        return "assessment.appeal.status." + name();
    }
}
