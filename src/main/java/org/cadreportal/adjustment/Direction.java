package org.cadreportal.adjustment;

/** 下 (adjusting a cadre down) or 上 (promoting one); each runs its own procedure. */
public enum Direction {
    DOWN("ADJUST_DOWN"), UP("ADJUST_UP");

    private final String procedureCode;

    Direction(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String labelKey() {
        return "adjustment.direction." + name();
    }

    /** The case number's prefix (下〔2026〕001): an official identifier, the same in every language. */
    public String caseNoPrefix() {
        return this == DOWN ? "下" : "上";
    }
}
