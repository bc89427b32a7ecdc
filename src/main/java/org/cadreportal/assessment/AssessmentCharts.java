package org.cadreportal.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * 政绩考核 on the dashboard beyond its tiles: the grade distribution of each 考核类别 of the latest published plan of
 * the period's years, and a group's rank chart. Both are counted within the user's scope and the chosen unit
 * subtree, like the tiles; the counts drill down as parts of the grade tiles
 * ({@code dashboard/figure/assessment.units.<GRADE>?part=<groupId>}).
 */
public interface AssessmentCharts {

    /** The figure keys whose {@code part} is a group id: the units of a grade. */
    static String gradeFigure(Grade grade) {
        return "assessment.units." + grade.name();
    }

    /** Whether the signed-in user sees 政绩考核 on the dashboard at all. */
    boolean available();

    /** Each group (with a unit in the subtree) of the latest published plan of the period's years, by grade. */
    List<GroupGrades> groupGrades(LocalDate from, LocalDate to, Long unitId);

    /** The group's units in the subtree with their totals, in rank order (the bars of its rank chart). */
    List<ResultRow> rankChart(long groupId, Long unitId);
}
