package org.cadreportal.security;

/** Role names for access annotations on views and service methods (must match {@link Role}). */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String DISCIPLINE = "DISCIPLINE";
    public static final String SUPERVISION = "SUPERVISION";
    public static final String CADRE = "CADRE";
    /** 考核办: the assessment office, which owns the yearly 政绩考核 plans, imports and results. */
    public static final String ASSESSMENT = "ASSESSMENT";

    private AppRoles() {
    }
}
