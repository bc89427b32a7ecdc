package org.cadreportal.cadre;

/** 最高学历. */
public enum Education {
    POSTGRADUATE, UNIVERSITY, COLLEGE, SECONDARY;

    public String labelKey() {
        return "education." + name();
    }
}
