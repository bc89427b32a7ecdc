package org.cadreportal.security.service;

import java.time.Clock;
import java.time.Duration;
import org.cadreportal.security.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords per account and locks it after too many in a row. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserAccountRepository users, Clock clock,
                  @Value("${portal.security.max-failed-logins:5}") int maxFailures,
                  @Value("${portal.security.lockout-minutes:15}") long lockoutMinutes) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        users.findByUsername(username).ifPresent(account -> {
            account.recordFailedLogin(clock.instant(), maxFailures, lockout);
            if (account.isLocked(clock.instant())) {
                log.warn("Account {} locked after {} failed logins", username, maxFailures);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }
}
