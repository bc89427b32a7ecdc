package org.cadreportal.tolerance.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of docs/metrics.md (容错纠错, 回访教育), each one SQL count over a period and a unit subtree:
 * an application belongs to its unit (the cadre's when registered), a visit to its discipline record's.
 */
@Component
class ToleranceFiguresQuery {

    private static final String APPLICATION_UNIT = " join units u on u.id = a.unit_id and u.path like ? ";
    private static final String VISIT_UNIT = " join discipline_records d on d.id = v.record_id"
            + " join units u on u.id = d.unit_id and u.path like ? ";

    private final JdbcTemplate jdbc;

    ToleranceFiguresQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ToleranceFigures figures(LocalDate from, LocalDate to, String unitPath, LocalDate today) {
        String like = unitPath + "%";
        Map<FindingOutcome, Long> findings = new EnumMap<>(FindingOutcome.class);
        jdbc.query("select a.outcome, count(*) from tolerance_applications a" + APPLICATION_UNIT
                        + "where a.outcome is not null and a.decided_on between ? and ? group by a.outcome",
                rs -> {
                    findings.put(FindingOutcome.valueOf(rs.getString(1)), rs.getLong(2));
                }, like, from, to);
        long received = count("select count(*) from tolerance_applications a" + APPLICATION_UNIT
                + "where a.applied_on between ? and ?", like, from, to);
        long made = count("select count(*) from education_visits v" + VISIT_UNIT
                + "where v.visited_on between ? and ?", like, from, to);
        long overdue = count("select count(*) from education_visits v" + VISIT_UNIT
                + "where v.visited_on is null and v.planned_on between ? and ? and v.planned_on < ?",
                like, from, to, today);
        return new ToleranceFigures(from, to, findings.getOrDefault(FindingOutcome.EXEMPT, 0L),
                findings.getOrDefault(FindingOutcome.REDUCED, 0L), findings.getOrDefault(FindingOutcome.REFUSED, 0L),
                received, made, overdue);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
