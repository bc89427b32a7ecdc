package org.cadreportal.assessment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.cadreportal.cadre.AnnualGrade;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 领导干部年度考核 in a plan: for the plan's year, the key cadres (a unit's 主要领导 and 班子成员, the cadre
 * categories PRINCIPAL and TEAM_MEMBER) of the units in its groups, each with his grade and his unit's result.
 * Grades are entered one by one or imported from the portal's template (all rows or none), and always saved
 * through the cadre registry ({@link org.cadreportal.cadre.AnnualGradeBook}), which announces them. A save that
 * would give a group more 优秀 than the plan's {@link PlanRules#excellentShare()} allows is refused. Rows are read
 * within the user's scope.
 */
public interface CadreGradeService {

    Page<CadreGradeRow> page(long planId, CadreGradeFilter filter, Pageable pageable);

    long count(long planId, CadreGradeFilter filter);

    /** Every group of the plan with its counts and limit, in the plan's order. */
    List<GroupGradeShare> shares(long planId);

    /**
     * Records one cadre's grade for the plan's year.
     *
     * @throws org.cadreportal.base.FieldException on {@code grade} when the group would pass its 优秀 limit (naming
     *                                             the group, its limit and its current count)
     */
    void record(long planId, long cadreId, AnnualGrade grade);

    /** The template: a row per key cadre in scope, grouped by group and unit, with his current grade. */
    void writeTemplate(long planId, OutputStream out);

    /** Every row checked first; one bad row and nothing is saved, every bad cell listed. A blank grade changes nothing. */
    ImportResult importGrades(long planId, InputStream workbook);
}
