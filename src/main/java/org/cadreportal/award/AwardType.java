package org.cadreportal.award;

import org.cadreportal.base.Labelled;

/** The grades of a merit award, lowest first. */
public enum AwardType implements Labelled {
    COMMENDATION, THIRD_CLASS, SECOND_CLASS, FIRST_CLASS, TITLE;

    @Override
    public String labelPrefix() {
        return "award.type.";
    }
}
