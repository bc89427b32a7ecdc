package org.cadreportal.assessment;

import org.cadreportal.cadre.AnnualGrade;

/**
 * The grades screen's filter: a group, a unit (name or code contains {@code unitText}), a grade, or only the
 * cadres not graded yet. Null fields do not filter.
 */
public record CadreGradeFilter(Long groupId, String unitText, AnnualGrade grade, boolean ungradedOnly) {

    public static CadreGradeFilter all() {
        return new CadreGradeFilter(null, null, null, false);
    }
}
