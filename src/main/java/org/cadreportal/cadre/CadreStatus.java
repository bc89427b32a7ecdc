package org.cadreportal.cadre;

/** 在任 or 已退出 (retired from the registry). */
public enum CadreStatus {
    ACTIVE, RETIRED;

    public String labelKey() {
        return "cadreStatus." + name();
    }
}
