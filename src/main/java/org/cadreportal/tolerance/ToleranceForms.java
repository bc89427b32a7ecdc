package org.cadreportal.tolerance;

/** The forms a tolerance application shows at its steps; each step of the procedure names one. */
public final class ToleranceForms {

    public static final String APPLICATION = "APPLICATION";
    public static final String ACCEPTANCE = "ACCEPTANCE";
    public static final String VERIFICATION = "VERIFICATION";
    public static final String FINDING = "FINDING";
    public static final String FEEDBACK = "FEEDBACK";
    public static final String FILING = "FILING";

    /** The procedure's code (seeded in V17). */
    public static final String PROCEDURE = "TOLERANCE";

    private ToleranceForms() {
    }
}
