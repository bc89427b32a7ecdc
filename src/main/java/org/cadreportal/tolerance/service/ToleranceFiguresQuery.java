package org.cadreportal.tolerance.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceFigures;
import org.cadreportal.report.FigurePaging;
import org.cadreportal.report.FigureRecord;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of docs/metrics.md (容错纠错, 回访教育), each one SQL count over a period and a unit subtree:
 * an application belongs to its unit (the cadre's when registered), a visit to its discipline record's.
 */
@Component
@RequiredArgsConstructor
class ToleranceFiguresQuery {

    private static final String APPLICATION_UNIT = " join units u on u.id = a.unit_id and u.path like ? ";
    private static final String VISIT_UNIT = " join discipline_records d on d.id = v.record_id"
            + " join units u on u.id = d.unit_id and u.path like ? ";

    /** Findings decided in the period (any outcome); append {@link #OUTCOME} for one outcome. */
    static final String FINDINGS = " from tolerance_applications a" + APPLICATION_UNIT
            + "where a.outcome is not null and a.decided_on between ? and ?";
    static final String OUTCOME = " and a.outcome = ?";
    /** Visits made in the period. */
    static final String VISITS = " from education_visits v" + VISIT_UNIT + "where v.visited_on between ? and ?";

    private final JdbcTemplate jdbc;

    ToleranceFigures figures(LocalDate from, LocalDate to, String unitPath, LocalDate today) {
        String like = unitPath + "%";
        Map<FindingOutcome, Long> findings = new EnumMap<>(FindingOutcome.class);
        jdbc.query("select a.outcome, count(*)" + FINDINGS + " group by a.outcome",
                rs -> {
                    findings.put(FindingOutcome.valueOf(rs.getString(1)), rs.getLong(2));
                }, like, from, to);
        long received = count("select count(*) from tolerance_applications a" + APPLICATION_UNIT
                + "where a.applied_on between ? and ?", like, from, to);
        long made = count("select count(*)" + VISITS, like, from, to);
        long overdue = count("select count(*) from education_visits v" + VISIT_UNIT
                + "where v.visited_on is null and v.planned_on between ? and ? and v.planned_on < ?",
                like, from, to, today);
        return new ToleranceFigures(from, to, findings.getOrDefault(FindingOutcome.EXEMPT, 0L),
                findings.getOrDefault(FindingOutcome.REDUCED, 0L), findings.getOrDefault(FindingOutcome.REFUSED, 0L),
                received, made, overdue);
    }

    /** The findings counted in the period, of one outcome or (null) of all; a page at a time. */
    Page<FigureRecord> findings(LocalDate from, LocalDate to, String unitPath, FindingOutcome outcome,
                                Pageable pageable) {
        String where = FINDINGS + (outcome == null ? "" : OUTCOME);
        Object[] args = outcome == null ? new Object[] {unitPath + "%", from, to}
                : new Object[] {unitPath + "%", from, to, outcome.name()};
        List<FigureRecord> rows = jdbc.query("select a.id, a.decided_on, a.application_no, a.matter, a.cadre_name,"
                        + " a.outcome, u.name" + where + FigurePaging.orderAndLimit(pageable, "a.decided_on", "a.id"),
                (rs, n) -> new FigureRecord(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3) + " " + rs.getString(4), rs.getString(7),
                        rs.getString(5) + " · " + FindingOutcome.valueOf(rs.getString(6)).chinese(),
                        "tolerance/" + rs.getLong(1)), args);
        return new PageImpl<>(rows, pageable, count("select count(*)" + where, args));
    }

    /** The visits made in the period, a page at a time; each opens its discipline record. */
    Page<FigureRecord> visits(LocalDate from, LocalDate to, String unitPath, Pageable pageable) {
        Object[] args = {unitPath + "%", from, to};
        List<FigureRecord> rows = jdbc.query("select v.id, v.visited_on, d.cadre_name, d.post_title, v.visitors,"
                        + " u.name, d.id" + VISITS + FigurePaging.orderAndLimit(pageable, "v.visited_on", "v.id"),
                (rs, n) -> new FigureRecord(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3) + " " + rs.getString(4), rs.getString(6), rs.getString(5),
                        "tolerance/visits/" + rs.getLong(7)), args);
        return new PageImpl<>(rows, pageable, count("select count(*)" + VISITS, args));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
