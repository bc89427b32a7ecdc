package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.AppealFilter;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.assessment.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The appeals list, read a page at a time in SQL and limited to the reader's unit subtree, with names joined in. */
@Component
@RequiredArgsConstructor
class AppealQueries {

    private static final String SELECT = """
            select a.id, a.version, a.plan_id, a.unit_id, u.name, a.indicator_id, i.code, i.name, i.data_source,
                   a.reason, a.evidence, a.filed_by, a.filed_at, a.received_on, a.status, a.decision_reason,
                   a.decided_by, a.decided_at, a.corrected_actual, a.corrected_previous, a.corrected_target,
                   v.actual, v.previous, v.target,
                   case when i.data_source = 'SUPERVISION' or (i.data_source = 'BONUS' and i.method = 'BONUS'
                        and i.scoring_unit_id is null) then 1 else 0 end
            from assessment_appeals a join units u on u.id = a.unit_id
            join assessment_indicators i on i.id = a.indicator_id
            left join assessment_values v on v.plan_id = a.plan_id and v.indicator_id = a.indicator_id
                 and v.unit_id = a.unit_id
            """;

    private final JdbcTemplate jdbc;

    Page<AppealRow> page(long planId, AppealFilter filter, String scopePath, Pageable pageable) {
        List<AppealRow> rows = where(planId, filter, scopePath).page(jdbc, SELECT,
                " order by a.received_on desc, a.id desc", pageable, AppealQueries::row);
        return new PageImpl<>(rows, pageable, count(planId, filter, scopePath));
    }

    long count(long planId, AppealFilter filter, String scopePath) {
        return where(planId, filter, scopePath)
                .count(jdbc, "select count(*) from assessment_appeals a join units u on u.id = a.unit_id ");
    }

    /** One appeal within the reader's subtree, or none. */
    List<AppealRow> one(long appealId, String scopePath) {
        return jdbc.query(SELECT + "where a.id = ? and u.path like ?", AppealQueries::row, appealId, scopePath + "%");
    }

    /** The unit's weight of the indicator in its group of the plan, none when the line is not on its sheet. */
    List<BigDecimal> weight(long planId, long indicatorId, long unitId) {
        return jdbc.queryForList("select w.weight from assessment_weights w join assessment_group_units gu"
                + " on gu.group_id = w.group_id where gu.plan_id = ? and gu.unit_id = ? and w.indicator_id = ?",
                BigDecimal.class, planId, unitId, indicatorId);
    }

    /** The paths of the plan's units: whose clerks are told of the 公示. */
    List<String> unitPaths(long planId) {
        return jdbc.queryForList("select u.path from assessment_group_units gu join units u on u.id = gu.unit_id"
                + " where gu.plan_id = ?", String.class, planId);
    }

    private static SqlFilter where(long planId, AppealFilter filter, String scopePath) {
        SqlFilter w = new SqlFilter("where a.plan_id = ? and u.path like ?", planId, scopePath + "%");
        if (filter != null && filter.status() != null) {
            w.and(" and a.status = ?", filter.status().name());
        }
        if (filter != null && filter.unitId() != null) {
            w.and(" and a.unit_id = ?", filter.unitId());
        }
        return w;
    }

    private static AppealRow row(ResultSet rs, int n) throws SQLException {
        return new AppealRow(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getString(8), DataSource.valueOf(rs.getString(9)), rs.getInt(25) == 1,
                rs.getString(10),
                rs.getString(11), rs.getString(12), time(rs.getTimestamp(13)), date(rs.getDate(14)),
                AppealStatus.valueOf(rs.getString(15)), rs.getString(16), rs.getString(17), time(rs.getTimestamp(18)),
                rs.getBigDecimal(19), rs.getBigDecimal(20), rs.getBigDecimal(21), rs.getBigDecimal(22),
                rs.getBigDecimal(23), rs.getBigDecimal(24));
    }

    private static java.time.LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
