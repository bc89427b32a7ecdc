package org.cadreportal.award;

/** The grades of a merit award, lowest first. */
public enum AwardType {
    COMMENDATION("嘉奖"), THIRD_CLASS("三等功"), SECOND_CLASS("二等功"), FIRST_CLASS("一等功"), TITLE("授予称号");

    private final String chinese;

    AwardType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "award.type." + name();
    }
}
