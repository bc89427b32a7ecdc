package org.cadreportal.supervision;

/** The escalation ladder: the first red a reminder, the second an interview (约谈), the third a post adjustment. */
public enum Rung {
    REMINDER, INTERVIEW, ADJUSTMENT;

    public String labelKey() {
        return "supervision.rung." + name();
    }
}
