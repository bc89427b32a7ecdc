package org.cadreportal.assessment;

/**
 * How an indicator is scored (DOMAIN.md §8a; x the unit's value, t its target, w the indicator's points in the
 * unit's group).
 */
public enum Method {
    /** 目标完成率: w × min(x / t, cap); 逆向 t / x. */
    TARGET_RATE,
    /** 功效系数法: w × (b + (1 − b) × (x − min) / (max − min)) over the group; 逆向 swaps min and max. */
    EFFICACY,
    /** 位次法: the first in the group gets w, each rank below loses the step. */
    RANK,
    /** 增幅法: growth against last year's value, then 功效系数法 over the group's growths. */
    GROWTH,
    /** 评价打分: the points the scoring unit gave, 0..w. */
    EVALUATION,
    /** 加分: points per event, capped at w. */
    BONUS,
    /** 扣分: points per event, capped at w, subtracted. */
    DEDUCTION,
    /** 一票否决: no points; a veto forces the lowest grade. */
    VETO;

    /** Whether the indicator's weight counts towards its group's total (bonus, deduction and veto lie outside it). */
    public boolean inTotal() {
        return this != BONUS && this != DEDUCTION && this != VETO;
    }

    /** Whether the method needs a target per unit. */
    public boolean needsTarget() {
        return this == TARGET_RATE;
    }

    public String labelKey() {
        return "assessment.method." + name();
    }
}
