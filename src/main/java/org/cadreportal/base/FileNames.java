package org.cadreportal.base;

import java.nio.charset.StandardCharsets;

/**
 * A stored file's name made fit to send back in a download header. Names are checked when stored
 * ({@link FileKinds#checkName}), but files kept before that check, and names the portal makes itself,
 * go through here too, so the header never depends on what was stored.
 */
public final class FileNames {

    private static final String FALLBACK = "download";
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final String ASCII_KEPT = " ._-()";

    private FileNames() {
    }

    /** The name with every character that could end a header value, a path or hide its end made "_". */
    public static String downloadable(String name) {
        if (name == null || name.isBlank()) {
            return FALLBACK;
        }
        StringBuilder out = new StringBuilder();
        name.strip().codePoints().forEach(c -> out.appendCodePoint(unsafe(c) ? '_' : c));
        return out.toString();
    }

    /**
     * A character no stored name may hold: one that ends a header value or a parameter (quotes,
     * semicolon, line breaks), makes a path (slashes, colon), is reserved on Windows, or is invisible
     * and can hide the real end of a name (control characters, direction marks).
     */
    static boolean unsafe(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || "\"';/\\:*?<>|".indexOf(c) >= 0;
    }

    /** An ASCII stand-in: letters, digits, spaces and {@code ._-()} kept, anything else "_". */
    public static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(c < 128 && (Character.isLetterOrDigit(c)
                || ASCII_KEPT.indexOf(c) >= 0) ? (char) c : '_'));
        String ascii = out.toString().strip();
        return ascii.isEmpty() ? FALLBACK : ascii;
    }

    /** RFC 5987 value characters: each UTF-8 byte outside the attribute characters as %XX. */
    public static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
