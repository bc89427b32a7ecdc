package org.cadreportal.cadre;

/** 职务职级 of a cadre, highest first. */
public enum CadreRank {
    DEPARTMENT_HEAD, DEPUTY_DEPARTMENT, COUNTY_HEAD, DEPUTY_COUNTY, SECTION_HEAD, DEPUTY_SECTION;

    public String labelKey() {
        return "cadreRank." + name();
    }
}
