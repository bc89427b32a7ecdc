package org.cadreportal.assessment;

/** A unit's 等次, best first: 好, 较好, 一般, 较差. */
public enum Grade {
    GOOD, FAIRLY_GOOD, AVERAGE, POOR;

    public String labelKey() {
        return "assessment.grade." + name();
    }
}
