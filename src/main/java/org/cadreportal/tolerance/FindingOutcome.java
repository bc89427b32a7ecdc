package org.cadreportal.tolerance;

/** 认定: the finding on an application. Only 免责 is barred by an exclusion found at 核实. */
public enum FindingOutcome {
    EXEMPT("免责"), REDUCED("减责"), REFUSED("不予容错");

    private final String chinese;

    FindingOutcome(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "tolerance.outcome." + name();
    }
}
