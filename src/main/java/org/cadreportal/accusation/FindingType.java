package org.cadreportal.accusation;

/** The finding on one allegation (认定结论). */
public enum FindingType {
    /** 诬告陷害: fabricated with intent; the reporter is referred for handling. */
    FABRICATED,
    /** 错告: mistaken, without intent. */
    MISTAKEN,
    /** 不实: not borne out. */
    UNTRUE,
    PARTLY_TRUE,
    TRUE,
    UNVERIFIABLE;

    /** A finding that clears the cadre of the allegation, so a clarification is due. */
    public boolean clears() {
        return this == FABRICATED || this == MISTAKEN || this == UNTRUE;
    }

    public String labelKey() {
        return "accusation.finding." + name();
    }
}
