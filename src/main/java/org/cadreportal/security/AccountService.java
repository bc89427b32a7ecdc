package org.cadreportal.security;

/** What every signed-in user may do with his own account. */
public interface AccountService {

    /** Whether an administrator set this user's password and he has not chosen his own since. */
    boolean passwordChangeRequired();

    /**
     * Replaces the signed-in user's password after checking the current one; refused on field
     * {@code current}, {@code next} (the rule, or the same as before) with a message key.
     */
    void changeOwnPassword(String current, String next);
}
