package org.cadreportal.cadre;

/** A leader's 年度考核 grade (党政领导干部考核工作条例): 优秀, 称职, 基本称职, 不称职. */
public enum AnnualGrade {
    EXCELLENT("优秀"), COMPETENT("称职"), BASICALLY_COMPETENT("基本称职"), INCOMPETENT("不称职");

    private final String officialName;

    AnnualGrade(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }

    public String labelKey() {
        return "annualGrade." + name();
    }

    /** The line the 任免审批表 prints for a year, e.g. "2024年度考核优秀". */
    public String resultLine(int year) {
        return year + "年度考核" + officialName;
    }
}
