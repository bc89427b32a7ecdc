package org.cadreportal.assessment;

import java.math.BigDecimal;

/**
 * A group's 年度考核 summary: its key cadres (the assessed), how many are graded and how many 优秀, the plan's
 * 优秀 share and the most 优秀 it allows: {@link #maxExcellent(int, BigDecimal)}. Counted over the whole group,
 * whatever the reader's scope, because the limit is the group's.
 */
public record GroupGradeShare(long groupId, String code, String name, int assessed, int graded, int excellent,
                              BigDecimal limitShare) {

    /**
     * "At most 20%": the largest whole number of cadres not above the share, rounded down. 7 cadres at 20% (1.4)
     * allow 1 优秀; 10 allow 2; 4 allow none.
     */
    public static int maxExcellent(int assessed, BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(assessed)).setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
    }

    public int maxExcellent() {
        return maxExcellent(assessed, limitShare);
    }

    public boolean over() {
        return excellent > maxExcellent();
    }

    /** The share of the assessed graded 优秀 (0 for an empty group). */
    public BigDecimal excellentShare() {
        return assessed == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(excellent).divide(BigDecimal.valueOf(assessed), 4, java.math.RoundingMode.HALF_UP);
    }
}
