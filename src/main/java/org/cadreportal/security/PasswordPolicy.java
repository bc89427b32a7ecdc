package org.cadreportal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cadreportal.base.PortalException;

/**
 * The password rule of OWASP ASVS 4 section 2.1: at least 12 characters, up to 64 (BCrypt reads 72 bytes, so a
 * longer one would be cut silently), no composition rule, and not a common password, nor a common one with
 * digits and symbols around it, nor a few characters repeated, nor containing the user name. Checked wherever a
 * password is set.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 64;
    private static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @param username the account's name, which the password must not contain */
    public static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN
                || password.codePointCount(0, password.length()) > MAX
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PortalException("validation.password");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new PortalException("validation.password.username");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT || COMMON.contains(lower)
                || COMMON.contains(core(lower)) || COMMON.contains(core(unleet(lower)))) {
            throw new PortalException("validation.password.common");
        }
    }

    /** "p@ssw0rd" read as "password": the letters people swap first. Digits at either end stay digits. */
    private static String unleet(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        int first = 0;
        int last = lower.length() - 1;
        while (first <= last && !Character.isLetter(lower.charAt(first)) && lower.charAt(first) != '@'
                && lower.charAt(first) != '$') {
            first++;
        }
        while (last >= first && !Character.isLetter(lower.charAt(last))) {
            last--;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean inside = i >= first && i <= last;
            out.append(!inside ? c : switch (c) {
                case '@', '4' -> 'a';
                case '$', '5' -> 's';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '7' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The password without the digits and symbols people put before or after a word ("Password2025!"). */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
