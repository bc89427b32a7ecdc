package org.cadreportal.org;

/** Kinds of unit in the tree. */
public enum UnitType {
    CITY, COUNTY, MUNICIPAL, TOWNSHIP, DEPARTMENT;

    public String labelKey() {
        return "unitType." + name();
    }
}
