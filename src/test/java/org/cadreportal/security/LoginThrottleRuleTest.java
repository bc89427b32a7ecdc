package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cadreportal.security.domain.LoginThrottleRule;
import org.junit.jupiter.api.Test;

class LoginThrottleRuleTest {

    private final LoginThrottleRule rule = new LoginThrottleRule(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void fourFailuresCostNothingTheFifthAMinuteAndEachFurtherOneDoubles() {
        for (int n = 0; n < 5; n++) {
            assertThat(rule.delayAfter(n)).isZero();
        }
        assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(rule.delayAfter(10)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theWaitNeverExceedsTheLongestEvenAfterThousandsOfFailures() {
        assertThat(rule.delayAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(rule.delayAfter(5_000)).isEqualTo(Duration.ofHours(1));
    }
}
