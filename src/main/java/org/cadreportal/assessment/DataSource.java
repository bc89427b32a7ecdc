package org.cadreportal.assessment;

/** Where an indicator's data come from. Only {@link #STATISTICS} is scored without a human. */
public enum DataSource {
    /** 统计数据: imported from the statistics template. */
    STATISTICS,
    /** 部门评价: points given by the designated scoring unit. */
    EVALUATION,
    /** 督查结果: red lights, overdue milestones and interviews counted by 大督办. */
    SUPERVISION,
    /** 加分: without a scoring unit, the 记功奖励 the award feature counts; with one, the events its staff enter. */
    BONUS,
    /** 扣分: events entered by the scoring unit. */
    DEDUCTION,
    /** 一票否决: a veto forces the lowest grade. */
    VETO;

    public String labelKey() {
        return "assessment.source." + name();
    }
}
