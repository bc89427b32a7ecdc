package org.cadreportal.cadre.service;

import java.time.LocalDate;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.IdentityNumber;

/**
 * The 身份证号 of an LRMX file read by the registry's own rules ({@link IdentityNumber}): either the
 * number with the birth date and sex it encodes, or the message key of what is wrong with it.
 */
record LrmxIdNumber(String value, LocalDate birthDate, Gender gender, String problem) {

    static LrmxIdNumber read(String text) {
        String v = IdentityNumber.normalise(text);
        String problem = IdentityNumber.problem(v, null, null).orElse(null);
        if (problem != null) {
            return new LrmxIdNumber(v, null, null, problem);
        }
        return new LrmxIdNumber(v, IdentityNumber.birthDate(v).orElseThrow(), IdentityNumber.gender(v), null);
    }

    boolean valid() {
        return problem == null;
    }
}
