package org.cadreportal.cadre;

/** 管理层级: who manages the cadre (市管 or 县管). */
public enum ManagementLevel {
    CITY, COUNTY;

    public String labelKey() {
        return "managementLevel." + name();
    }
}
