package org.cadreportal.audit;

/**
 * What a user did: read a record, exported it, or asked for one they may not see; and the sign-in events of an
 * account (signed in, a failed attempt, a wait begun after failures, signed out, changed the password).
 * Stored by name in a column of 10 characters.
 */
public enum AccessAction {
    READ, EXPORT, DENIED, LOGIN, LOGIN_FAIL, LOCKOUT, LOGOUT, PASSWORD;

    public String labelKey() {
        return "audit.action." + name();
    }
}
