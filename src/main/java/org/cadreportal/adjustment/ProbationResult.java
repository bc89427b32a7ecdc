package org.cadreportal.adjustment;

/**
 * 试用期满考核's result for a promoted cadre: 称职 confirms the post (正式任职); 不称职 ends the trial appointment
 * (免去试用职务, placed at the rank held before it).
 */
public enum ProbationResult {
    COMPETENT, INCOMPETENT;

    public String labelKey() {
        return "adjustment.probation." + name();
    }
}
