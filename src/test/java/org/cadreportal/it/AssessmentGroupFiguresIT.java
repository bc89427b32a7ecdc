package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.AssessmentCharts;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.GroupGrades;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.report.DashboardSection;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureValue;
import org.cadreportal.report.service.DashboardService;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city: the dashboard's 2025 grade counts per 考核类别 equal counts made here over
 * assessment_results, each drilling down to exactly those units; a group's rank chart lists its units in rank
 * order; the cadres' 年度考核 grades of 2025 equal counts over the registry's grade rows; a county clerk counts his
 * county only; discipline, who reads no 政绩考核, sees no cadre grades either.
 */
class AssessmentGroupFiguresIT extends LiveTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    AssessmentCharts charts;

    @Autowired
    DashboardService dashboard;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private long plan() {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
    }

    /** grade → count of a group's results, counted here. */
    private Map<String, Long> direct(long groupId, String pathPrefix) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("select r.grade, count(*) from assessment_results r join units u on u.id = r.unit_id"
                + " where r.group_id = ? and u.path like concat(?, '%') group by r.grade",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, groupId, pathPrefix);
        return out;
    }

    @Test
    void eachGroupsGradesAreTheResultRowsCountedAndDrillDownToThem() {
        long plan = plan();
        List<GroupGrades> groups = as().call(DemoAccounts.COMMITTEE, () -> charts.groupGrades(FROM, TO, null));
        List<Long> planGroups = jdbc.queryForList("select id from assessment_groups where plan_id = ?"
                + " order by sort_order, id", Long.class, plan);
        assertThat(groups).extracting(GroupGrades::groupId).containsExactlyElementsOf(planGroups);
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2).allSatisfy(g -> assertThat(g.planId()).isEqualTo(plan));
        long all = 0;
        for (GroupGrades g : groups) {
            Map<String, Long> expected = direct(g.groupId(), "/");
            for (Grade grade : Grade.values()) {
                long n = expected.getOrDefault(grade.name(), 0L);
                assertThat(g.counts().get(grade)).as("%s %s", g.groupName(), grade).isEqualTo(n);
                Page<FigureRecord> units = as().call(DemoAccounts.COMMITTEE, () -> dashboard.records(
                        AssessmentCharts.gradeFigure(grade), String.valueOf(g.groupId()), FROM, TO, null,
                        PageRequest.of(0, 100)));
                assertThat(units.getTotalElements()).as("%s %s drill-down", g.groupName(), grade).isEqualTo(n);
                List<Long> ids = jdbc.queryForList("select unit_id from assessment_results where group_id = ?"
                        + " and grade = ?", Long.class, g.groupId(), grade.name());
                assertThat(units.getContent()).extracting(FigureRecord::id).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(units.getContent()).allSatisfy(r -> assertThat(r.link())
                        .isEqualTo("assessment/" + plan + "/unit/" + r.id()));
            }
            System.out.printf("AssessmentGroupFiguresIT: %s %s%n", g.groupName(), g.counts());
            all += g.total();
        }
        assertThat(all).isEqualTo(50);
    }

    @Test
    void aGroupsRankChartListsItsUnitsInRankOrder() {
        long plan = plan();
        long group = jdbc.queryForObject("select id from assessment_groups where plan_id = ? order by sort_order, id"
                + " limit 1", Long.class, plan);
        List<ResultRow> bars = as().call(DemoAccounts.COMMITTEE, () -> charts.rankChart(group, null));
        List<Long> expected = jdbc.queryForList("select r.unit_id from assessment_results r join units u"
                + " on u.id = r.unit_id where r.group_id = ? order by r.rank_in_group, u.code", Long.class, group);
        assertThat(bars).extracting(ResultRow::unitId).containsExactlyElementsOf(expected);
        assertThat(bars).extracting(ResultRow::rank).isSorted();
    }

    @Test
    void aCountyClerkCountsHisCountyOnly() {
        String path = jdbc.queryForObject("select u.path from user_accounts a join units u on u.id = a.scope_unit_id"
                + " where a.username = ?", String.class, DemoAccounts.COUNTY_CLERK);
        List<GroupGrades> groups = as().call(DemoAccounts.COUNTY_CLERK, () -> charts.groupGrades(FROM, TO, null));
        assertThat(groups).hasSize(1);
        GroupGrades g = groups.get(0);
        assertThat(g.total()).isEqualTo(1);
        Map<String, Long> expected = direct(g.groupId(), path);
        for (Grade grade : Grade.values()) {
            assertThat(g.counts().get(grade)).as(grade.name()).isEqualTo(expected.getOrDefault(grade.name(), 0L));
        }
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> charts.rankChart(g.groupId(), null)))
                .extracting(ResultRow::unitCode).containsExactly(DemoAccounts.COUNTY_CODE);
    }

    @Test
    void theCadresAnnualGradesAreTheRegistrysRowsCounted() {
        for (String user : List.of(DemoAccounts.COMMITTEE, DemoAccounts.COUNTY_CLERK)) {
            String path = jdbc.queryForObject("select u.path from user_accounts a join units u"
                    + " on u.id = a.scope_unit_id where a.username = ?", String.class, user);
            Map<String, FigureValue> f = figures(user);
            long all = 0;
            for (String grade : List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT")) {
                long n = jdbc.queryForObject("select count(*) from cadre_annual_grades g join cadres c"
                        + " on c.id = g.cadre_id join units u on u.id = c.unit_id where g.grade_year = 2025"
                        + " and g.grade = ? and u.path like concat(?, '%')", Long.class, grade, path);
                assertThat(f.get("cadre.annualGrade." + grade).count()).as("%s %s", user, grade).isEqualTo(n);
                Page<FigureRecord> records = as().call(user, () -> dashboard.records("cadre.annualGrade." + grade,
                        FROM, TO, null, PageRequest.of(0, 5)));
                assertThat(records.getTotalElements()).isEqualTo(n);
                assertThat(records.getContent()).allSatisfy(r -> assertThat(r.link()).startsWith("cadre/"));
                all += n;
                System.out.printf("AssessmentGroupFiguresIT: %s %s %d%n", user, grade, n);
            }
            assertThat(all).as(user).isPositive();
        }
        // Discipline opens cadres but reads no 政绩考核: no grades where the section is not shown.
        assertThat(as().call(DemoAccounts.DISCIPLINE, () -> dashboard.definitions()))
                .noneMatch(d -> d.key().startsWith("cadre.annualGrade.") || d.key().startsWith("assessment."));
    }

    private Map<String, FigureValue> figures(String user) {
        List<DashboardSection> sections = as().call(user, () -> dashboard.dashboard(FROM, TO, null));
        Map<String, FigureValue> byKey = new HashMap<>();
        sections.stream().filter(s -> s.sectionKey().equals("report.section.assessment"))
                .forEach(s -> s.figures().forEach(v -> byKey.put(v.definition().key(), v)));
        return byKey;
    }
}
