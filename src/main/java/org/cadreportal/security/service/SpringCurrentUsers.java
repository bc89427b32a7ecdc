package org.cadreportal.security.service;

import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the acting user from Spring Security's context. */
@Component
class SpringCurrentUsers implements CurrentUsers {

    @Override
    // Asking who is signed in needs no role: the answer may be nobody.
    @PermitAll
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    @Override
    @PermitAll
    public CurrentUser require() {
        return current().orElseThrow(() -> new PortalException("error.signInRequired"));
    }
}
