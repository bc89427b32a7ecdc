package org.cadreportal.assessment;

import java.util.EnumSet;
import java.util.Set;

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

    /**
     * The methods that can score data of this source: statistics feed the four methods that compare values, the
     * other sources each have their own (supervision events are deducted).
     */
    public Set<Method> methods() {
        return switch (this) {
            case STATISTICS -> EnumSet.of(Method.TARGET_RATE, Method.EFFICACY, Method.RANK, Method.GROWTH);
            case EVALUATION -> EnumSet.of(Method.EVALUATION);
            case SUPERVISION, DEDUCTION -> EnumSet.of(Method.DEDUCTION);
            case BONUS -> EnumSet.of(Method.BONUS);
            case VETO -> EnumSet.of(Method.VETO);
        };
    }

    public String labelKey() {
        return "assessment.source." + name();
    }
}
