package org.cadreportal.security;

/** The portal's roles (DOMAIN.md §1). A user may hold several. */
public enum Role {
    ADMIN, CLERK, COMMITTEE, DISCIPLINE, SUPERVISION, CADRE, ASSESSMENT;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
