package org.cadreportal.assessment.service;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AssessmentExports;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DimensionRow;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports read through {@link AssessmentService}'s own ranking and sheet, so the scope rule is the page's: the
 * ranking holds the units of the user's scope only, and another unit's sheet is not found. The dimension
 * subtotals of a ranking are one grouped query over the same units.
 */
@Service
@RequiredArgsConstructor
class AssessmentExportsImpl implements AssessmentExports {

    private final AssessmentService assessment;
    private final ResultWorkbooks workbooks;
    private final ResultSheetPdf pdf;
    private final JdbcTemplate jdbc;
    private final DataScope scope;

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public void writeRanking(long planId, long groupId, OutputStream out, ExportProgress progress) {
        List<String> group = jdbc.queryForList("select name from assessment_groups where id = ? and plan_id = ?",
                String.class, groupId, planId);
        if (group.isEmpty()) {
            throw new RecordNotFoundException();
        }
        List<DimensionRow> dimensions = jdbc.query("""
                select d.id, d.code, d.name from assessment_dimensions d where d.plan_id = ? and exists (select 1
                from assessment_indicators i join assessment_weights w on w.indicator_id = i.id
                where i.dimension_id = d.id and w.group_id = ?) order by d.sort_order, d.id""",
                (rs, n) -> new DimensionRow(rs.getLong(1), rs.getString(2), rs.getString(3)), planId, groupId);
        Map<Long, Map<Long, BigDecimal>> subtotals = new HashMap<>();
        jdbc.query("""
                select s.unit_id, i.dimension_id, sum(s.score) from assessment_scores s
                join assessment_results r on r.plan_id = s.plan_id and r.unit_id = s.unit_id
                join assessment_indicators i on i.id = s.indicator_id join units u on u.id = s.unit_id
                where s.plan_id = ? and r.group_id = ? and u.path like ? group by s.unit_id, i.dimension_id""",
                rs -> {
                    subtotals.computeIfAbsent(rs.getLong(1), u -> new HashMap<>()).put(rs.getLong(2),
                            rs.getBigDecimal(3));
                }, planId, groupId, scope.path() + "%");
        workbooks.ranking(group.get(0), dimensions, p -> assessment.ranking(planId, groupId, p).getContent(),
                assessment.countRanking(planId, groupId), subtotals, out, progress);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public void writeSheet(long planId, long unitId, OutputStream out) {
        workbooks.sheet(assessment.sheet(planId, unitId), out);
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public void printSheet(long planId, long unitId, OutputStream out) {
        pdf.write(assessment.sheet(planId, unitId), out);
    }
}
