package org.cadreportal.assessment.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredText;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政绩考核 on the dashboard, for the published plans of the years the period touches: the indicators of the
 * plan that apply to a unit of the subtree (weighted in a group holding one), those scored from statistics
 * and their share (the article's "77% 以上"), and the units of the subtree by grade (好/较好/一般/较差). Each
 * count is one SQL count; the drill-down lists the same rows a page at a time. A grade's drill-down also takes a
 * group's id as its part: the units of that grade in one 考核类别 (the dashboard's group panel).
 */
@Component
class AssessmentFigures extends QueryFigureSource.ForAssessmentReaders<String> {

    static final String INDICATORS = "assessment.indicators";
    static final String FROM_STATISTICS = "assessment.fromStatistics";
    static final String STATISTICS_SHARE = "assessment.statisticsShare";
    static final String GRADE = "assessment.units.";

    /** The plans counted: published ones of the period's years. */
    private static final String PLANS = "p.plan_year between ? and ? and p.status <> '" + PlanStatus.DRAFT.name() + "'";
    /** The indicators of those plans that some unit of the subtree is assessed on. */
    private static final String INDICATOR_ROWS = " from assessment_indicators i join assessment_plans p on p.id = i.plan_id"
            + " where " + PLANS + " and exists (select 1 from assessment_weights w join assessment_group_units gu"
            + " on gu.group_id = w.group_id join units u on u.id = gu.unit_id where w.indicator_id = i.id"
            + " and u.path like ?)";
    private static final String RESULT_ROWS = " from assessment_results r join assessment_plans p on p.id = r.plan_id"
            + " join units u on u.id = r.unit_id join assessment_groups g on g.id = r.group_id where " + PLANS
            + " and u.path like ? and r.grade = ?";

    private static final FigureTable<String> FIGURES = new FigureTable<String>("report.section.assessment")
            .count(INDICATORS, "figure.assessment.indicators", 10, "report.measure.items", INDICATORS)
            .count(FROM_STATISTICS, "figure.assessment.fromStatistics", 20, "report.measure.items", FROM_STATISTICS)
            .rate(STATISTICS_SHARE, "figure.assessment.statisticsShare", 30, "dashboard.measure.percent",
                    FROM_STATISTICS, INDICATORS)
            .countEach(Arrays.stream(Grade.values()).map(Grade::name).toList(), GRADE, "figure.assessment.grade.", 40,
                    10, "report.measure.units", grade -> grade);

    private final JdbcTemplate jdbc;

    /** The dashboard's readers who also read assessment results ({@link AssessmentReaders}). */
    AssessmentFigures(JdbcTemplate jdbc, DataScope scope) {
        super(FIGURES, scope);
        this.jdbc = jdbc;
    }

    @Override
    protected long count(String figure, LocalDate from, LocalDate to, String path) {
        return switch (figure) {
            case INDICATORS -> countRows("select count(*)" + INDICATOR_ROWS, from, to, path);
            case FROM_STATISTICS -> countRows("select count(*)" + INDICATOR_ROWS + " and i.data_source = ?", from, to, path,
                    DataSource.STATISTICS.name());
            default -> countRows("select count(*)" + RESULT_ROWS, from, to, path, figure);
        };
    }

    /** The subtree as a {@code like} pattern. */
    @Override
    protected String path(Long unitId) {
        return scope().narrow(unitId) + "%";
    }

    /** Newest year first (or the drill-down's date order), then the plan's own order; one page. */
    private static String order(Pageable pageable, String then) {
        var byDate = pageable.getSort().getOrderFor("date");
        String sql = " order by p.plan_year" + (byDate != null && byDate.isAscending() ? " asc" : " desc") + ", " + then;
        return pageable.isUnpaged() ? sql : sql + " limit " + Math.min(Math.max(pageable.getPageSize(), 1), 1_000)
                + " offset " + pageable.getOffset();
    }

    @Override
    protected Page<FigureRecord> page(String figure, LocalDate from, LocalDate to, String path, Pageable pageable) {
        long total = count(figure, from, to, path);
        if (figure.equals(INDICATORS) || figure.equals(FROM_STATISTICS)) {
            List<Object> args = new ArrayList<>(List.of(from.getYear(), to.getYear(), path));
            String sql = "select i.id, p.plan_year, i.code, i.name, i.data_source, i.method, p.id" + INDICATOR_ROWS;
            if (figure.equals(FROM_STATISTICS)) {
                sql += " and i.data_source = ?";
                args.add(DataSource.STATISTICS.name());
            }
            List<FigureRecord> rows = jdbc.query(sql + order(pageable, "i.sort_order, i.id"),
                    (rs, n) -> new FigureRecord(rs.getLong(1), LocalDate.of(rs.getInt(2), 12, 31),
                            rs.getString(3) + " " + rs.getString(4), null,
                            StoredText.of("figure.detail.adjustment", "assessment.source." + rs.getString(5),
                                    "assessment.method." + rs.getString(6)), "assessment"),
                    args.toArray());
            return new PageImpl<>(rows, pageable, total);
        }
        return new PageImpl<>(results("", pageable, from, to, path, figure), pageable, total);
    }

    /** A grade's units in one 考核类别 ({@code part}: the group's id, as the dashboard's group panel names it). */
    @Override
    @AssessmentReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, String part, LocalDate from, LocalDate to, Long unitId,
                                      Pageable pageable) {
        if (part == null || part.isEmpty()) {
            return records(key, from, to, unitId, pageable);
        }
        String figure = FIGURES.figure(key);
        if (!isGrade(figure)) {
            throw new RecordNotFoundException();
        }
        long groupId;
        try {
            groupId = Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException();
        }
        String path = path(unitId);
        long total = countRows("select count(*)" + RESULT_ROWS + " and r.group_id = ?", from, to, path, figure,
                groupId);
        return new PageImpl<>(results(" and r.group_id = ?", pageable, from, to, path, figure, groupId), pageable,
                total);
    }

    private static boolean isGrade(String figure) {
        return java.util.Arrays.stream(Grade.values()).anyMatch(g -> g.name().equals(figure));
    }

    private List<FigureRecord> results(String more, Pageable pageable, LocalDate from, LocalDate to, Object... args) {
        List<Object> all = new ArrayList<>(List.of(from.getYear(), to.getYear()));
        all.addAll(Arrays.asList(args));
        return jdbc.query("select r.unit_id, p.plan_year, u.name, g.name, r.rank_in_group, r.total, p.id" + RESULT_ROWS
                        + more + order(pageable, "g.sort_order, r.rank_in_group, r.unit_id"),
                (rs, n) -> new FigureRecord(rs.getLong(1), LocalDate.of(rs.getInt(2), 12, 31), rs.getString(3),
                        rs.getString(3), StoredText.of("figure.detail.assessmentResult", rs.getString(4), rs.getInt(5),
                        rs.getBigDecimal(6).stripTrailingZeros().toPlainString()),
                        "assessment/" + rs.getLong(7) + "/unit/" + rs.getLong(1)),
                all.toArray());
    }

    private long countRows(String sql, LocalDate from, LocalDate to, Object... more) {
        List<Object> args = new ArrayList<>(List.of(from.getYear(), to.getYear()));
        args.addAll(Arrays.asList(more));
        Long n = jdbc.queryForObject(sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }
}
