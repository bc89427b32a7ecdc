package org.cadreportal.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Work done on this thread as an account would do it signed in (its roles, scope and name in what it writes), for
 * work no request carries: a job, a listener, the demo city. Whoever was signed in before is put back however the
 * work ends.
 */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static <T> T call(UserDetails account, Supplier<T> work) {
        return call(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), work);
    }

    /** As {@link #call(UserDetails, Supplier)}, for an identity that has no account (the demo loader's system). */
    public static <T> T call(Authentication signedIn, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetails account, Runnable work) {
        call(account, () -> {
            work.run();
            return null;
        });
    }
}
