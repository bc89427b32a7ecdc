package org.cadreportal.cadre;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18-character 公民身份号码 (GB 11643-1999): six digits of region, the birth date as yyyyMMdd, three
 * digits of sequence whose last one is odd for a man and even for a woman, and a check character
 * (ISO 7064 MOD 11-2, "X" for ten). The registry keeps it upper-case.
 */
public final class IdentityNumber {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdentityNumber() {
    }

    /** Trimmed and upper-case, or null for nothing typed. */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return number.strip().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date the number encodes, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The sex the number encodes: odd 17th digit male, even female. */
    public static Gender gender(String number) {
        return (number.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * What is wrong with a (normalised) number for a cadre born on {@code birthDate} with {@code gender}, as
     * a message key, or empty when it is right. Either may be null (not known yet): then it is not compared.
     */
    public static Optional<String> problem(String number, LocalDate birthDate, Gender gender) {
        if (number == null || !number.matches("[0-9]{17}[0-9X]")) {
            return Optional.of("cadre.error.idNumberFormat");
        }
        Optional<LocalDate> born = birthDate(number);
        if (born.isEmpty() || born.get().getYear() < 1900) {
            return Optional.of("cadre.error.idNumberFormat");
        }
        if (checkChar(number) != number.charAt(17)) {
            return Optional.of("cadre.error.idNumberCheck");
        }
        if (birthDate != null && !birthDate.equals(born.get())) {
            return Optional.of("cadre.error.idNumberBirth");
        }
        if (gender != null && gender != gender(number)) {
            return Optional.of("cadre.error.idNumberGender");
        }
        return Optional.empty();
    }

    /** A valid number for the region, birth date and 3-digit sequence given (its last digit's parity is the sex). */
    public static String of(String region, LocalDate birthDate, int sequence) {
        String first17 = region + String.format("%04d%02d%02d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), sequence);
        return first17 + checkChar(first17);
    }
}
