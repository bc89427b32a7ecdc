package org.cadreportal.assessment;

import java.math.BigDecimal;

/**
 * The data an accepted appeal writes: for a statistics indicator this year's value, last year's and the target (a
 * null keeps the value there, as a statistic's correction does); for a hand-entered indicator {@code actual} is the
 * value (points, number of events, 1 or 0 for a veto). Supervision and 记功 lines are counted by their own features,
 * so accepting an appeal on them only scores the plan again from what those features hold now.
 */
public record Correction(BigDecimal actual, BigDecimal previous, BigDecimal target) {

    public static Correction none() {
        return new Correction(null, null, null);
    }
}
