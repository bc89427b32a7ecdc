package org.cadreportal.tolerance;

/** What 核实 checks; any of them found means the error may not be exempted (免责) [R]. */
public enum Exclusion {
    LAW_BREAKING("违法违纪"), PRIVATE_GAIN("谋取私利"), MAJOR_INCIDENT("造成重大安全环境群体性事件");

    private final String chinese;

    Exclusion(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "tolerance.exclusion." + name();
    }
}
