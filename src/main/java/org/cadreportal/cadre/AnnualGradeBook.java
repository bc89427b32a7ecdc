package org.cadreportal.cadre;

import java.util.Map;

/**
 * 年度考核 grades recorded outside the profile form: one year's grade for one or many cadres at once (the
 * assessment office's grades screen and its Excel import). All or nothing; cadres outside the user's scope are
 * missing. A new or changed grade is published ({@link AnnualGradesRecorded}), exactly as a profile save does, so
 * a poor grade still raises its 下 proposal; an unchanged one publishes nothing. The cadre's version moves with a
 * changed grade, so a profile form opened before is refused as stale instead of dropping the new grade.
 */
public interface AnnualGradeBook {

    /** Records {@code year}'s grade of each cadre named; returns how many grades were new or changed. */
    int record(int year, Map<Long, AnnualGrade> gradeByCadre);
}
