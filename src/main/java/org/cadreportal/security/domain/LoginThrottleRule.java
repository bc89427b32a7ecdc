package org.cadreportal.security.domain;

import java.time.Duration;

/**
 * How long sign-ins wait after failures in a row: nothing up to {@code threshold}, then {@code first}, doubling
 * with each further failure up to {@code longest}. A growing delay instead of a lock: it slows a guesser to a
 * handful of tries an hour and never keeps the account's owner out for long.
 */
public record LoginThrottleRule(int threshold, Duration first, Duration longest) {

    public LoginThrottleRule {
        if (threshold < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("threshold >= 1 and 0 < first <= longest");
        }
    }

    /** The wait after the {@code failures}-th failure in a row, or zero. */
    public Duration delayAfter(int failures) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 || delay.isNegative() ? longest : delay;
    }
}
