package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.time.Period;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreForm;

/** Rules beyond single-field constraints, shared by the form, the service and the roster import. */
final class CadreRules {

    static final int MIN_AGE = 18;
    static final int MAX_AGE = 75;

    private CadreRules() {
    }

    static void checkBirthDate(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return;
        }
        int age = Period.between(birthDate, today).getYears();
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new FieldException("birthDate", "validation.age", MIN_AGE, MAX_AGE);
        }
    }

    /** The rules the registry checks on every save: the birth date's age range and a listed 民族. */
    static void check(CadreForm form, LocalDate today) {
        checkBirthDate(form.getBirthDate(), today);
        if (form.getEthnicity() != null && !form.getEthnicity().isBlank()
                && org.cadreportal.cadre.Ethnicity.parse(form.getEthnicity()).isEmpty()) {
            throw new FieldException("ethnicity", "cadre.error.ethnicity", form.getEthnicity());
        }
    }

    /** Trims text fields, so " 张三 " and "张三" are the same name everywhere. */
    static void normalise(CadreForm form) {
        form.setCode(strip(form.getCode()));
        form.setName(strip(form.getName()));
        // 汉, 01 and HAN all mean 汉族: the official name is stored.
        form.setEthnicity(org.cadreportal.cadre.Ethnicity.parse(form.getEthnicity())
                .map(org.cadreportal.cadre.Ethnicity::officialName).orElse(strip(form.getEthnicity())));
        form.setPostTitle(strip(form.getPostTitle()));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
