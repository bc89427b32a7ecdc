package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * On MariaDB with the demo city: the dashboard's 政绩考核 section for 2025 shows the plan's 145 indicators, those
 * scored from statistics and their share, and the units by grade, each equal to a count made here over the rows;
 * the drill-downs list exactly those records; a county clerk sees his county's units only; discipline, who reads
 * no assessment results, gets no such section.
 */
class AssessmentFiguresIT extends LiveTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final String SECTION = "report.section.assessment";
    private static final String PLAN = "(select id from assessment_plans where plan_year = 2025)";

    @Autowired
    DashboardService dashboard;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private Map<String, FigureValue> figures(String user, Long unitId) {
        List<DashboardSection> sections = as().call(user, () -> dashboard.dashboard(FROM, TO, unitId));
        Map<String, FigureValue> byKey = new HashMap<>();
        sections.stream().filter(s -> s.sectionKey().equals(SECTION))
                .forEach(s -> s.figures().forEach(v -> byKey.put(v.definition().key(), v)));
        return byKey;
    }

    private long sql(String query, Object... args) {
        return jdbc.queryForObject(query, Long.class, args);
    }

    @Test
    void theCommitteeSeesThe2025PlanCountedFromTheRows() {
        Map<String, FigureValue> f = figures(DemoAccounts.COMMITTEE, null);

        long indicators = sql("select count(*) from assessment_indicators where plan_id = " + PLAN);
        long statistics = sql("select count(*) from assessment_indicators where plan_id = " + PLAN
                + " and data_source = 'STATISTICS'");
        assertThat(f.get("assessment.indicators").count()).isEqualTo(indicators).isEqualTo(145);
        assertThat(f.get("assessment.fromStatistics").count()).isEqualTo(statistics).isGreaterThanOrEqualTo(112);
        FigureValue share = f.get("assessment.statisticsShare");
        assertThat(share.numerator()).isEqualTo(statistics);
        assertThat(share.denominator()).isEqualTo(145);
        assertThat(share.percent().doubleValue()).isGreaterThanOrEqualTo(77.0);
        System.out.printf("AssessmentFiguresIT: %d indicators, %d from statistics (%s)%n", indicators, statistics,
                share.display());

        long graded = 0;
        for (String grade : List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR")) {
            long n = sql("select count(*) from assessment_results where plan_id = " + PLAN + " and grade = ?", grade);
            assertThat(f.get("assessment.units." + grade).count()).as(grade).isEqualTo(n);
            graded += n;
            System.out.printf("AssessmentFiguresIT: %s %d%n", grade, n);
        }
        assertThat(graded).isEqualTo(sql("select count(*) from assessment_results where plan_id = " + PLAN))
                .isEqualTo(50);
    }

    @Test
    void eachDrillDownListsTheRecordsItsTileCounts() {
        Map<String, FigureValue> f = figures(DemoAccounts.COMMITTEE, null);
        for (String key : List.of("assessment.indicators", "assessment.fromStatistics", "assessment.units.GOOD",
                "assessment.units.POOR")) {
            Page<FigureRecord> page = as().call(DemoAccounts.COMMITTEE,
                    () -> dashboard.records(key, FROM, TO, null, PageRequest.of(0, 200)));
            assertThat(page.getTotalElements()).as(key).isEqualTo(f.get(key).count());
            assertThat(page.getContent()).as(key).hasSize((int) f.get(key).count())
                    .extracting(FigureRecord::id).doesNotHaveDuplicates();
        }
        Page<FigureRecord> good = as().call(DemoAccounts.COMMITTEE,
                () -> dashboard.records("assessment.units.GOOD", FROM, TO, null, PageRequest.of(0, 5)));
        long plan = sql("select id from assessment_plans where plan_year = 2025");
        assertThat(good.getContent()).isNotEmpty().allSatisfy(r -> assertThat(r.link())
                .isEqualTo("assessment/" + plan + "/unit/" + r.id()));
        // The rate drills down to its numerator's records.
        assertThat(as().call(DemoAccounts.COMMITTEE, () -> dashboard.records("assessment.statisticsShare", FROM, TO,
                null, PageRequest.of(0, 10))).getTotalElements()).isEqualTo(f.get("assessment.fromStatistics").count());
    }

    @Test
    void aCountyClerkCountsHisCountysUnitsOnly() {
        Map<String, FigureValue> f = figures(DemoAccounts.COUNTY_CLERK, null);
        String path = jdbc.queryForObject("select u.path from user_accounts a join units u on u.id = a.scope_unit_id"
                + " where a.username = ?", String.class, DemoAccounts.COUNTY_CLERK);
        long graded = 0;
        for (String grade : List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR")) {
            long n = sql("select count(*) from assessment_results r join units u on u.id = r.unit_id"
                    + " where r.plan_id = " + PLAN + " and r.grade = ? and u.path like concat(?, '%')", grade, path);
            assertThat(f.get("assessment.units." + grade).count()).as(grade).isEqualTo(n);
            graded += n;
        }
        assertThat(graded).isEqualTo(1);
        assertThat(f.get("assessment.indicators").count()).isEqualTo(sql("select count(distinct w.indicator_id)"
                + " from assessment_weights w join assessment_group_units gu on gu.group_id = w.group_id"
                + " join units u on u.id = gu.unit_id where gu.plan_id = " + PLAN + " and u.path like concat(?, '%')",
                path));
    }

    @Test
    void disciplineSeesNoAssessmentSection() {
        List<DashboardSection> sections = as().call(DemoAccounts.DISCIPLINE, () -> dashboard.dashboard(FROM, TO, null));
        assertThat(sections).isNotEmpty().extracting(DashboardSection::sectionKey).doesNotContain(SECTION);
        assertThat(as().call(DemoAccounts.DISCIPLINE, () -> dashboard.definitions()))
                .noneMatch(d -> d.key().startsWith("assessment."));
    }
}
