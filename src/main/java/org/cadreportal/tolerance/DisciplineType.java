package org.cadreportal.tolerance;

/** The kind of discipline a cadre received, after which 回访教育 follows. */
public enum DisciplineType {
    PARTY("党纪处分"), GOVERNMENT("政务处分"), ORGANISATIONAL("组织处理"), ADMONITION("诫勉");

    private final String chinese;

    DisciplineType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "tolerance.discipline." + name();
    }
}
