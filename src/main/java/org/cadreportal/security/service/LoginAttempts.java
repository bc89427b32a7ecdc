package org.cadreportal.security.service;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.cadreportal.security.SignInEvent;
import org.cadreportal.security.domain.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Notes each account's last sign-in, shown in the administrator's user list. */
@Component
@RequiredArgsConstructor
class LoginAttempts {

    private final UserAccountRepository users;
    private final Clock clock;

    @EventListener
    @Transactional
    public void onSignIn(SignInEvent event) {
        if (event.kind() == SignInEvent.Kind.SIGNED_IN) {
            users.findByUsername(event.username()).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
        }
    }
}
