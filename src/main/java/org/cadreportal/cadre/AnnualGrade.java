package org.cadreportal.cadre;

import org.cadreportal.base.Labelled;

/** A leader's 年度考核 grade (党政领导干部考核工作条例): 优秀, 称职, 基本称职, 不称职. */
public enum AnnualGrade implements Labelled {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT;

    public String officialName() {
        return chinese();
    }

    @Override
    public String labelPrefix() {
        return "annualGrade.";
    }

    /** The line the 任免审批表 prints for a year, e.g. "2024年度考核优秀". */
    public String resultLine(int year) {
        return year + "年度考核" + chinese();
    }
}
