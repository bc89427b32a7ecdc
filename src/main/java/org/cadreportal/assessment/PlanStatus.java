package org.cadreportal.assessment;

/**
 * Where a year's plan stands. A draft may be changed; a published plan's library, groups and weights are fixed
 * and its data are collected and scored (初步结果). In 公示 the units read their results and appeal, and the data
 * change only through an accepted appeal; the final result (最终结果) is locked.
 */
public enum PlanStatus {
    DRAFT, PUBLISHED, PUBLICITY, FINAL;

    public String labelKey() {
        return "assessment.status." + name();
    }
}
