package org.cadreportal.security;

/** Role names for access annotations on views and service methods (must match {@link Role}). */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String DISCIPLINE = "DISCIPLINE";
    public static final String SUPERVISION = "SUPERVISION";
    public static final String CADRE = "CADRE";

    private AppRoles() {
    }
}
