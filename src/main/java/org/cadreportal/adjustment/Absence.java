package org.cadreportal.adjustment;

/** Why an entitled member is not at 讨论决定: the minutes record every absence with its reason. */
public enum Absence {
    LEAVE, OFFICIAL_TRIP;

    public String labelKey() {
        return "adjustment.absence." + name();
    }
}
