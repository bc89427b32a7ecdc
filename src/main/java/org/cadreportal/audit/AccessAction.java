package org.cadreportal.audit;

/** What a user did with a record: read it, exported it, or asked for one they may not see. */
public enum AccessAction {
    READ, EXPORT, DENIED;

    public String labelKey() {
        return "audit.action." + name();
    }
}
