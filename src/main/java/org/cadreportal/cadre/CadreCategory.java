package org.cadreportal.cadre;

/** 干部类别: principal leaders, team members, other cadres. */
public enum CadreCategory {
    PRINCIPAL, TEAM_MEMBER, OTHER;

    public String labelKey() {
        return "cadreCategory." + name();
    }
}
