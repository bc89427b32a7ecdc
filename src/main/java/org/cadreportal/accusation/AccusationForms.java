package org.cadreportal.accusation;

/** The forms a 查诬 case shows at its steps; each step of the procedure names one (seeded in V16). */
public final class AccusationForms {

    public static final String INTAKE = "INTAKE";
    public static final String JOINT_MEETING = "JOINT_MEETING";
    /** 核查 and 归档: the opinion and files only. */
    public static final String OPINION = "OPINION";
    public static final String FINDING = "FINDING";
    public static final String HANDLING = "HANDLING";
    public static final String CLARIFICATION = "CLARIFICATION";

    /** The procedure's code. */
    public static final String PROCEDURE = "ACCUSATION";

    private AccusationForms() {
    }
}
