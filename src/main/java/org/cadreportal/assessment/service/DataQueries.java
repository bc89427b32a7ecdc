package org.cadreportal.assessment.service;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.ScoreCell;
import org.cadreportal.assessment.StatisticRow;
import org.cadreportal.assessment.StatisticsFilter;
import org.cadreportal.base.domain.Specs;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's data rows: the statistics a page at a time in the database (a plan holds thousands of unit ×
 * indicator pairs), filtered and sorted there, and the units a hand-entered indicator is scored for.
 */
@Component
@RequiredArgsConstructor
class DataQueries {

    /** Every unit × statistics indicator of its group, with the value when there is one. */
    private static final String FROM = """
             from assessment_group_units gu join units u on u.id = gu.unit_id
             join assessment_groups g on g.id = gu.group_id
             join assessment_weights w on w.group_id = gu.group_id
             join assessment_indicators i on i.id = w.indicator_id and i.data_source = 'STATISTICS'
             left join assessment_values v on v.plan_id = gu.plan_id and v.indicator_id = i.id and v.unit_id = u.id
             where gu.plan_id = ? and u.path like ?""";
    private static final String COLUMNS = "select v.id, i.id, i.code, i.name, i.measure, i.method, u.id, u.code, u.name,"
            + " g.id, g.name, v.actual, v.previous, v.target, v.entered_by, v.entered_at";
    private static final Map<String, String> SORTS = Map.of(
            StatisticRow.SORT_INDICATOR, "i.sort_order",
            StatisticRow.SORT_UNIT, "u.code",
            StatisticRow.SORT_GROUP, "g.sort_order",
            StatisticRow.SORT_ACTUAL, "v.actual",
            StatisticRow.SORT_PREVIOUS, "v.previous",
            StatisticRow.SORT_TARGET, "v.target",
            StatisticRow.SORT_ENTERED_AT, "v.entered_at");
    private static final RowMapper<StatisticRow> ROW = (rs, n) -> {
        Timestamp at = rs.getTimestamp(16);
        return new StatisticRow(rs.getObject(1, Long.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Method.valueOf(rs.getString(6)), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getLong(10), rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14),
                rs.getString(15), at == null ? null : at.toLocalDateTime());
    };

    private final JdbcTemplate jdbc;

    List<StatisticRow> statistics(long planId, StatisticsFilter filter, String scopePath, Pageable pageable) {
        return where(planId, filter, scopePath).page(jdbc, COLUMNS + " " + FROM, orderBy(pageable.getSort()),
                pageable, ROW);
    }

    long count(long planId, StatisticsFilter filter, String scopePath) {
        return where(planId, filter, scopePath).count(jdbc, "select count(*) " + FROM);
    }

    /** The units of the groups that weight the indicator, each with its points there and its value so far. */
    List<ScoreCell> scoreSheet(long planId, long indicatorId) {
        return jdbc.query("""
                select u.id, u.code, u.name, g.name, w.weight, v.actual
                from assessment_weights w join assessment_groups g on g.id = w.group_id
                join assessment_group_units gu on gu.group_id = g.id join units u on u.id = gu.unit_id
                left join assessment_values v on v.plan_id = gu.plan_id and v.indicator_id = w.indicator_id
                     and v.unit_id = u.id
                where g.plan_id = ? and w.indicator_id = ? order by g.sort_order, u.code""",
                (rs, n) -> new ScoreCell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)), planId, indicatorId);
    }

    private static SqlFilter where(long planId, StatisticsFilter f, String scopePath) {
        SqlFilter where = new SqlFilter("", planId, scopePath + "%");
        if (f.indicatorId() != null) {
            where.and(" and i.id = ?", f.indicatorId());
        }
        if (f.groupId() != null) {
            where.and(" and g.id = ?", f.groupId());
        }
        if (f.unitId() != null) {
            where.and(" and u.id = ?", f.unitId());
        }
        if (f.valueId() != null) {
            where.and(" and v.id = ?", f.valueId());
        }
        if (f.search() != null && !f.search().isBlank()) {
            // The default LIKE escape of both MariaDB and H2 is the backslash Specs.contains puts in.
            String like = Specs.contains(f.search());
            where.and(" and (u.code like ? or u.name like ? or i.code like ? or i.name like ?)", like, like, like, like);
        }
        return where;
    }

    /** The asked order from the allowed columns only, then group, unit and indicator so pages never overlap. */
    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder(" order by ");
        for (Sort.Order o : sort) {
            String column = SORTS.get(o.getProperty());
            if (column != null) {
                order.append(column).append(o.isAscending() ? " asc, " : " desc, ");
            }
        }
        return order.append("g.sort_order, u.code, i.sort_order").toString();
    }
}
