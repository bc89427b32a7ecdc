package org.cadreportal.cadre;

/**
 * Published when a cadre's 年度考核 grade for a year is recorded or changed (profile save, LRMX import);
 * an unchanged grade publishes nothing. Listeners run after the saving transaction commits.
 */
public record AnnualGradesRecorded(long cadreId, int year, AnnualGrade grade) {

    /** 基本称职 or 不称职: the grades that may lead to a 下 (the tenth situation). */
    public boolean poor() {
        return grade == AnnualGrade.BASICALLY_COMPETENT || grade == AnnualGrade.INCOMPETENT;
    }
}
