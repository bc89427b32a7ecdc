package org.cadreportal.security.service;

import java.util.List;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.SignInEvent;
import org.cadreportal.security.domain.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in with one answer for every failure. An account that must wait from this address is refused
 * before its password is looked at, so a guesser learns nothing during the wait; a disabled account is said
 * to be disabled only after the right password (Spring's default checks it first, telling anyone which names
 * exist). Every outcome is published as a {@link SignInEvent} for the access log.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(UserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                    UserAccountRepository users, ApplicationEventPublisher events) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.throttle = throttle;
        this.users = users;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = String.valueOf(attempt.getPrincipal());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (throttle.blocked(username, address)) {
            publish(List.of(SignInEvent.Kind.FAILED), username, address);
            throw new BadCredentialsException("wait");
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            publish(throttle.failed(username, address) ? List.of(SignInEvent.Kind.FAILED, SignInEvent.Kind.THROTTLED)
                    : List.of(SignInEvent.Kind.FAILED), username, address);
            throw wrong;
        }
        throttle.succeeded(username, address);
        CurrentUser user = ((PortalUserDetails) signedIn.getPrincipal()).user();
        events.publishEvent(new SignInEvent(SignInEvent.Kind.SIGNED_IN, user.username(), user.displayName(),
                user.userId(), address));
        return signedIn;
    }

    /** One look-up of the account named, however many events the attempt gives. */
    private void publish(List<SignInEvent.Kind> kinds, String username, String address) {
        var account = users.findByUsername(username);
        String name = account.map(a -> a.getDisplayName()).orElse(username);
        Long id = account.map(a -> a.getId()).orElse(null);
        kinds.forEach(kind -> events.publishEvent(new SignInEvent(kind, username, name, id, address)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
