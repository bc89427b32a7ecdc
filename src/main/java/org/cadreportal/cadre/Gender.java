package org.cadreportal.cadre;

/** 性别. */
public enum Gender {
    MALE, FEMALE;

    public String labelKey() {
        return "gender." + name();
    }
}
