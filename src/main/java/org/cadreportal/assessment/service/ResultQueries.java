package org.cadreportal.assessment.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.assessment.ValueRow;
import org.cadreportal.assessment.domain.ValueRecord;
import org.cadreportal.base.RecordNotFoundException;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads results: a group's ranking a page at a time, a unit's sheet, a data row with its history. */
@Component
@RequiredArgsConstructor
class ResultQueries {

    private static final String RESULT = "select r.unit_id, u.code, u.name, r.group_id, r.total, r.rank_in_group,"
            + " r.grade, r.vetoed from assessment_results r join units u on u.id = r.unit_id";
    private static final RowMapper<ResultRow> ROW = (rs, n) -> new ResultRow(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getBigDecimal(5), rs.getInt(6), Grade.valueOf(rs.getString(7)),
            rs.getBoolean(8));

    private final JdbcTemplate jdbc;
    private final EntityManager em;

    Page<ResultRow> ranking(long planId, long groupId, String scopePath, Pageable pageable) {
        List<ResultRow> rows = group(planId, groupId, scopePath).page(jdbc, RESULT, " order by r.rank_in_group, u.code",
                pageable, ROW);
        return new PageImpl<>(rows, pageable, count(planId, groupId, scopePath));
    }

    long count(long planId, long groupId, String scopePath) {
        return group(planId, groupId, scopePath)
                .count(jdbc, "select count(*) from assessment_results r join units u on u.id = r.unit_id");
    }

    /** The results of one group of the plan within the subtree. */
    private static SqlFilter group(long planId, long groupId, String scopePath) {
        return new SqlFilter(" where r.plan_id = ? and r.group_id = ? and u.path like ?", planId, groupId,
                scopePath + "%");
    }

    UnitSheet sheet(int year, long planId, long unitId) {
        List<ResultRow> result = jdbc.query(RESULT + " where r.plan_id = ? and r.unit_id = ?", ROW, planId, unitId);
        if (result.isEmpty()) {
            throw new RecordNotFoundException();
        }
        String group = jdbc.queryForObject("select name from assessment_groups where id = ?", String.class,
                result.get(0).groupId());
        List<SheetLine> lines = jdbc.query("""
                select i.id, i.code, i.name, d.name, i.method, i.data_source, w.weight, s.score, s.formula, s.inputs, v.id
                from assessment_scores s join assessment_indicators i on i.id = s.indicator_id
                join assessment_dimensions d on d.id = i.dimension_id
                join assessment_weights w on w.indicator_id = i.id and w.group_id = ?
                left join assessment_values v on v.plan_id = s.plan_id and v.indicator_id = i.id and v.unit_id = s.unit_id
                where s.plan_id = ? and s.unit_id = ? order by i.sort_order""", (rs, n) -> new SheetLine(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), Method.valueOf(rs.getString(5)),
                DataSource.valueOf(rs.getString(6)), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
                Scoring.parse(rs.getString(10)), (Long) rs.getObject(11, Long.class)), result.get(0).groupId(), planId,
                unitId);
        return new UnitSheet(year, group, result.get(0), lines);
    }

    /** A data row and every saved state of it, oldest first (Envers). */
    ValueRow value(ValueRecord v, String indicatorCode, String indicatorName, String unitName) {
        List<ValueRow.Change> history = new ArrayList<>();
        List<?> revisions = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(ValueRecord.class, false, true)
                .add(org.hibernate.envers.query.AuditEntity.id().eq(v.getId()))
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc()).getResultList();
        for (Object o : revisions) {
            Object[] triple = (Object[]) o;
            ValueRecord state = (ValueRecord) triple[0];
            if (state.getEnteredAt() != null) {
                history.add(new ValueRow.Change(state.getEnteredAt(), state.getEnteredBy(), state.getActual(),
                        state.getPrevious(), state.getTarget()));
            }
        }
        return new ValueRow(v.getId(), indicatorCode, indicatorName, unitName, v.getActual(), v.getPrevious(),
                v.getTarget(), v.getEnteredBy(), v.getEnteredAt(), history);
    }
}
