package org.cadreportal.cadre;

/** 政治面貌. */
public enum Party {
    CPC_MEMBER, CPC_PROBATIONARY, DEMOCRATIC_PARTY, NONE;

    public String labelKey() {
        return "party." + name();
    }
}
