package org.cadreportal.testing;

import java.util.function.Supplier;
import org.cadreportal.security.SignedInAs;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs service calls as a demo user on any thread (for tests that act as several users at once). */
public final class AsUser {

    private final UserDetailsService users;

    public AsUser(UserDetailsService users) {
        this.users = users;
    }

    public <T> T call(String username, Supplier<T> work) {
        return SignedInAs.call(users.loadUserByUsername(username), work);
    }
}
