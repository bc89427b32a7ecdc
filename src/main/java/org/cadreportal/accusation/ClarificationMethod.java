package org.cadreportal.accusation;

import java.util.Collection;

/** How a cadre was cleared (澄清方式); several may be used together. */
public enum ClarificationMethod {
    WRITTEN, IN_PERSON, MEETING, BULLETIN, MEDIA;

    /**
     * An oral or meeting clarification leaves nothing the cadre can show later, so it must come with a
     * written one.
     */
    public static boolean needsWritten(Collection<ClarificationMethod> methods) {
        return (methods.contains(IN_PERSON) || methods.contains(MEETING)) && !methods.contains(WRITTEN);
    }

    public String labelKey() {
        return "accusation.method." + name();
    }
}
