package org.cadreportal.cadre.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.cadreportal.cadre.Gender;

/**
 * A citizen identity number (公民身份号码, GB 11643): 17 digits and a check character (a digit or X)
 * computed from them, with the birth date in digits 7-14 and the sex in digit 17 (odd for men).
 */
record LrmxIdNumber(String value, LocalDate birthDate, Gender gender) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number read, upper-cased, or empty when its shape, check character or birth date is wrong. */
    static Optional<LrmxIdNumber> read(String text) {
        String v = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!v.matches("\\d{17}[\\dX]")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != v.charAt(17)) {
            return Optional.empty();
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Gender gender = (v.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return Optional.of(new LrmxIdNumber(v, birth, gender));
    }
}
