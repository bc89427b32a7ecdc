package org.cadreportal.security;

import org.cadreportal.base.PortalException;

/** At least 8 characters with letters and digits; checked wherever a password is set. */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < 8 || password.length() > 64
                || !password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw new PortalException("validation.password");
        }
    }
}
