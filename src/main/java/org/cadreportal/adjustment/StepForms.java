package org.cadreportal.adjustment;

/** The forms an adjustment case shows at its steps; a procedure step names one of them. */
public final class StepForms {

    public static final String INITIATION = "INITIATION";
    public static final String OPINION = "OPINION";
    public static final String WARNING = "WARNING";
    public static final String STATEMENT = "STATEMENT";
    public static final String PROPOSAL = "PROPOSAL";
    public static final String CONSULTATION = "CONSULTATION";
    public static final String DECISION = "DECISION";
    public static final String TALK = "TALK";
    public static final String APPOINTMENT = "APPOINTMENT";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    /** 试用期满考核, the last step of a case promoting a cadre. */
    public static final String PROBATION = "PROBATION";

    private StepForms() {
    }
}
