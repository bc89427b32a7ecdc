package org.cadreportal.tolerance;

/** How a visited cadre is doing, as the visitors assess it. */
public enum Assessment {
    GOOD("好"), FAIR("一般"), POOR("较差");

    private final String chinese;

    Assessment(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "tolerance.assessment." + name();
    }
}
