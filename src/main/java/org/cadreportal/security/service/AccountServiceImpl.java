package org.cadreportal.security.service;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.AccountService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.PasswordPolicy;
import org.cadreportal.security.SignInEvent;
import org.cadreportal.security.domain.UserAccount;
import org.cadreportal.security.domain.UserAccountRepository;
import org.cadreportal.security.roles.EveryRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class AccountServiceImpl implements AccountService {

    private final UserAccountRepository users;
    private final CurrentUsers current;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @EveryRole
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return current.current().flatMap(u -> users.findById(u.userId()))
                .map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    @Override
    @EveryRole
    public void changeOwnPassword(String currentPassword, String next) {
        CurrentUser user = current.require();
        UserAccount account = users.findById(user.userId()).orElseThrow(() -> new PortalException("error.signInRequired"));
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldException("current", "password.wrongCurrent");
        }
        try {
            PasswordPolicy.check(next, account.getUsername());
        } catch (PortalException e) {
            throw new FieldException("next", e.messageKey(), e.args());
        }
        if (next.equals(currentPassword)) {
            throw new FieldException("next", "password.sameAsOld");
        }
        account.choosePasswordHash(encoder.encode(next), clock.instant());
        events.publishEvent(new SignInEvent(SignInEvent.Kind.PASSWORD_CHANGED, account.getUsername(),
                account.getDisplayName(), account.getId(), address()));
    }

    private static String address() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
