package org.cadreportal.adjustment;

/** What started a case (启动动议的来源). */
public enum CaseSource {
    ANNUAL_ASSESSMENT, SUPERVISION, FRONTLINE, REPORT, OTHER;

    public String labelKey() {
        return "adjustment.source." + name();
    }
}
