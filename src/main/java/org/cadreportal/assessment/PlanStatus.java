package org.cadreportal.assessment;

/**
 * Where a year's plan stands. A draft may be changed; a published plan's library, groups and weights are fixed
 * and its data are collected and scored. Later stages (公示, 申诉, 最终结果) follow PUBLISHED.
 */
public enum PlanStatus {
    DRAFT, PUBLISHED;

    public String labelKey() {
        return "assessment.status." + name();
    }
}
