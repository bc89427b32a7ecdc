package org.cadreportal.inspection;

/** What the inspectors recommend for a cadre seen at the front line. */
public enum Recommendation {
    PRIORITY_USE, PROMOTE, WATCH, NONE;

    /** A recommendation to use or promote counts as identified (识别) at the front line. */
    public boolean identifies() {
        return this == PRIORITY_USE || this == PROMOTE;
    }

    public String labelKey() {
        return "recommendation." + name();
    }
}
