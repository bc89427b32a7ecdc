package org.cadreportal.tolerance;

import org.cadreportal.base.Labelled;

/**
 * Who asks for tolerance: the cadre, the cadre's unit, or the accountability body on its own motion. Its
 * Chinese word is the one a step record keeps (records are frozen as written on the day).
 */
public enum ApplicantType implements Labelled {
    SELF, UNIT, ACCOUNTABILITY;

    @Override
    public String labelPrefix() {
        return "tolerance.applicant.";
    }
}
