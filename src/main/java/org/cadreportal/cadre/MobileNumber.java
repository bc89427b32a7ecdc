package org.cadreportal.cadre;

/**
 * A mainland China mobile number (手机号码): eleven digits, "1" and then a network digit 3 to 9. Lists show it
 * masked (the middle four digits hidden), as the personal data it is.
 */
public final class MobileNumber {

    private static final String PATTERN = "1[3-9][0-9]{9}";

    private MobileNumber() {
    }

    /** Without spaces, dashes and a leading +86; null for nothing typed. */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.replaceAll("[\\s-]", "");
        if (n.startsWith("+86")) {
            n = n.substring(3);
        }
        return n;
    }

    public static boolean valid(String number) {
        return number != null && number.matches(PATTERN);
    }

    /** 138****5678; empty for none. */
    public static String masked(String number) {
        if (number == null || number.length() < 7) {
            return "";
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }
}
