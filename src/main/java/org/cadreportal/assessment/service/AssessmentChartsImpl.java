package org.cadreportal.assessment.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AssessmentCharts;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.GroupGrades;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's group panel: one grouped count over the latest plan's results for the grades, and a group's
 * ranking read whole for its rank chart (a group holds tens of units; the largest province a few thousand).
 */
@Service
@RequiredArgsConstructor
class AssessmentChartsImpl implements AssessmentCharts {

    /** More bars than any real group has; the chart shows a group's units, not a page of them. */
    private static final int MAX_BARS = 5_000;

    private final JdbcTemplate jdbc;
    private final DataScope scope;
    private final ResultQueries results;
    private final AssessmentFigures figures;

    @Override
    @PermitAll
    public boolean available() {
        return figures.available();
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<GroupGrades> groupGrades(LocalDate from, LocalDate to, Long unitId) {
        List<long[]> plan = jdbc.query("select id, plan_year from assessment_plans where plan_year between ? and ?"
                        + " and status <> ? order by plan_year desc",
                (rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}, from.getYear(), to.getYear(),
                PlanStatus.DRAFT.name());
        if (plan.isEmpty()) {
            return List.of();
        }
        long planId = plan.get(0)[0];
        int year = (int) plan.get(0)[1];
        Map<Long, Map<Grade, Long>> counts = new HashMap<>();
        jdbc.query("select r.group_id, r.grade, count(*) from assessment_results r join units u on u.id = r.unit_id"
                + " where r.plan_id = ? and u.path like ? group by r.group_id, r.grade", rs -> {
                    counts.computeIfAbsent(rs.getLong(1), g -> zeros())
                            .put(Grade.valueOf(rs.getString(2)), rs.getLong(3));
                }, planId, scope.narrow(unitId) + "%");
        List<GroupGrades> out = new ArrayList<>();
        jdbc.query("select id, name from assessment_groups where plan_id = ? order by sort_order, id", rs -> {
            Map<Grade, Long> c = counts.get(rs.getLong(1));
            if (c != null) {
                out.add(new GroupGrades(planId, year, rs.getLong(1), rs.getString(2), c));
            }
        }, planId);
        return out;
    }

    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public List<ResultRow> rankChart(long groupId, Long unitId) {
        List<Long> plan = jdbc.queryForList("select plan_id from assessment_groups where id = ?", Long.class, groupId);
        if (plan.isEmpty()) {
            throw new RecordNotFoundException();
        }
        return results.ranking(plan.get(0), groupId, scope.narrow(unitId), PageRequest.of(0, MAX_BARS)).getContent();
    }

    private static Map<Grade, Long> zeros() {
        Map<Grade, Long> m = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            m.put(g, 0L);
        }
        return m;
    }
}
