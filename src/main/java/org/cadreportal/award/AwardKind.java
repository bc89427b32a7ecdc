package org.cadreportal.award;

/** What a record is: a merit award (记功奖励) or a public criticism (公开批评). */
public enum AwardKind {
    AWARD, CRITICISM;

    public String labelKey() {
        return "award.kind." + name();
    }
}
