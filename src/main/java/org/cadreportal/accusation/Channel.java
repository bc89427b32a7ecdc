package org.cadreportal.accusation;

/** How a report reached the portal's users. */
public enum Channel {
    LETTER, VISIT, ONLINE, PHONE, REFERRED;

    public String labelKey() {
        return "accusation.channel." + name();
    }
}
