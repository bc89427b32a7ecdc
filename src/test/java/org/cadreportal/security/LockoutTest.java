package org.cadreportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.cadreportal.security.domain.UserAccount;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2025-11-03T01:00:00Z");

    private UserAccount account() {
        return new UserAccount("clerk", "王敏", "{bcrypt}x", 1L, Set.of(Role.CLERK));
    }

    @Test
    void fourWrongPasswordsDoNotLockTheFifthDoesForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0.plusSeconds(i), 5, LOCK);
        }
        assertThat(a.isLocked(t0.plusSeconds(10))).isFalse();
        a.recordFailedLogin(t0.plusSeconds(20), 5, LOCK);
        assertThat(a.isLocked(t0.plusSeconds(21))).isTrue();
        assertThat(a.isLocked(t0.plusSeconds(20).plus(LOCK).minusSeconds(1))).isTrue();
        assertThat(a.isLocked(t0.plusSeconds(20).plus(LOCK))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(t0, 5, LOCK);
        }
        a.recordSuccessfulLogin(t0);
        a.recordFailedLogin(t0, 5, LOCK);
        assertThat(a.isLocked(t0)).isFalse();
        assertThat(a.getLastLoginAt()).isEqualTo(t0);
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0, 5, LOCK);
        }
        Instant until = a.getLockedUntil();
        a.recordFailedLogin(t0.plusSeconds(60), 5, LOCK);
        assertThat(a.getLockedUntil()).isEqualTo(until);
    }

    @Test
    void afterTheLockExpiresFiveMoreFailuresLockAgain() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(t0, 5, LOCK);
        }
        Instant later = t0.plus(LOCK).plusSeconds(1);
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(later, 5, LOCK);
        }
        assertThat(a.isLocked(later)).isFalse();
        a.recordFailedLogin(later, 5, LOCK);
        assertThat(a.isLocked(later)).isTrue();
    }
}
