package org.cadreportal.security;

/**
 * Something that happened to a sign-in, for the access log: who ({@code username} as typed for a failure,
 * {@code userId} null when no such account exists), what, and from which client address.
 */
public record SignInEvent(Kind kind, String username, String displayName, Long userId, String address) {

    public enum Kind {
        /** Signed in. */
        SIGNED_IN,
        /** A wrong name or password, or an attempt while the account must wait. */
        FAILED,
        /** Failures in a row started a wait for this account from this address (or for the address). */
        THROTTLED,
        SIGNED_OUT,
        PASSWORD_CHANGED
    }
}
