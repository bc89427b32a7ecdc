package org.cadreportal.assessment;

/** 正向 (a higher value is better) or 逆向 (a lower value is better). */
public enum Direction {
    POSITIVE, NEGATIVE;

    public String labelKey() {
        return "assessment.direction." + name();
    }
}
