package org.cadreportal.tolerance;

/** Who asks for tolerance: the cadre, the cadre's unit, or the accountability body on its own motion. */
public enum ApplicantType {
    SELF("本人申请"), UNIT("单位申请"), ACCOUNTABILITY("问责机关启动");

    private final String chinese;

    ApplicantType(String chinese) {
        this.chinese = chinese;
    }

    /** The word a step record keeps (records are frozen as written on the day). */
    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "tolerance.applicant." + name();
    }
}
