package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.StoredText;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.report.FigurePaging;
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

/**
 * The cadres' 年度考核 grades (优秀 / 称职 / 基本称职 / 不称职) of the period's years, in the dashboard's 政绩考核
 * section after the units' grades: the registry owns the grades, so it counts them (the assessment reads no cadre
 * table). A cadre counts by his current unit; each grade of a year is one record, opening the cadre's page.
 */
@Component
class AnnualGradeFigures extends QueryFigureSource.ForPortalStaff<AnnualGrade> {

    static final String PREFIX = "cadre.annualGrade.";
    private static final String ROWS = " from cadre_annual_grades g join cadres c on c.id = g.cadre_id"
            + " join units u on u.id = c.unit_id where g.grade_year between ? and ? and u.path like ? and g.grade = ?";
    private static final FigureTable<AnnualGrade> FIGURES = new FigureTable<AnnualGrade>("report.section.assessment")
            .countEach(Arrays.stream(AnnualGrade.values()).map(AnnualGrade::name).toList(), PREFIX,
                    "figure.cadre.annualGrade.", 80, 10, "report.measure.people", AnnualGrade::valueOf);

    private final JdbcTemplate jdbc;

    /** Who may open the cadres and also reads the 政绩考核 section (a grade is not shown where its section is not). */
    AnnualGradeFigures(JdbcTemplate jdbc, DataScope scope) {
        super(FIGURES, scope, AssessmentReaders.class, AccessTypes.CADRE);
        this.jdbc = jdbc;
    }

    @Override
    protected Page<FigureRecord> page(AnnualGrade grade, LocalDate from, LocalDate to, String path,
                                      Pageable pageable) {
        List<FigureRecord> rows = jdbc.query("select g.id, g.grade_year, c.id, c.name, u.name, c.post_title" + ROWS
                        + FigurePaging.orderAndLimit(pageable, "g.grade_year", "g.id"),
                (rs, n) -> new FigureRecord(rs.getLong(1), LocalDate.of(rs.getInt(2), 12, 31), rs.getString(4),
                        rs.getString(5), StoredText.of("figure.detail.annualGrade", rs.getInt(2), grade.labelKey(),
                        rs.getString(6)), "cadre/" + rs.getLong(3)),
                from.getYear(), to.getYear(), path, grade.name());
        return new PageImpl<>(rows, pageable, count(grade, from, to, path));
    }

    @Override
    protected long count(AnnualGrade grade, LocalDate from, LocalDate to, String path) {
        Long n = jdbc.queryForObject("select count(*)" + ROWS, Long.class, from.getYear(), to.getYear(), path,
                grade.name());
        return n == null ? 0 : n;
    }

    /** The subtree as a {@code like} pattern. */
    @Override
    protected String path(Long unitId) {
        return scope().narrow(unitId) + "%";
    }
}
