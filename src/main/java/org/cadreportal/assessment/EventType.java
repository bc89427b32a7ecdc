package org.cadreportal.assessment;

/** The events other features count for a unit in a year, which a plan turns into points. */
public enum EventType {
    /** A supervision item of the unit turned red. */
    RED_LIGHT,
    /** A milestone of the unit's items passed its due date undone (or was done late). */
    OVERDUE_MILESTONE,
    /** An interview (约谈) held on the unit's items. */
    INTERVIEW,
    /** A merit award (记功奖励) given to a cadre of the unit. */
    AWARD;

    public String labelKey() {
        return "assessment.event." + name();
    }
}
