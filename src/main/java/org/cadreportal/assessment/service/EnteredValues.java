package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import org.cadreportal.assessment.Method;

/** What a hand-entered value may be, by method: the same rule for the scoring units' input and an accepted appeal. */
final class EnteredValues {

    private EnteredValues() {
    }

    /** 评价打分 0..weight; 一票否决 0 or 1; a number of events (加分, 扣分) a whole number from 0. */
    static boolean acceptable(Method method, BigDecimal v, BigDecimal weight) {
        return switch (method) {
            case EVALUATION -> v.signum() >= 0 && v.compareTo(weight) <= 0;
            case VETO -> v.signum() == 0 || v.compareTo(BigDecimal.ONE) == 0;
            default -> v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0;
        };
    }
}
