package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureSource;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city: each figure the award, archive and adjustment features give the dashboard
 * is the count a plain SQL query makes over the records, its drill-down holds exactly those records, and a
 * county clerk's figures are the county's alone.
 */
class FigureSourcesIT extends LiveTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);
    private static final String ENTRIES = "from achievement_entries e join cadres c on c.id = e.cadre_id"
            + " join units u on u.id = c.unit_id where u.path like concat(?, '%') and ";
    private static final String SEEN = "from inspection_cadres ic join frontline_inspections i on i.id = ic.inspection_id"
            + " join units u on u.id = i.unit_id where u.path like concat(?, '%') and i.inspected_on between ? and ?";
    private static final String CASES = "select count(*) from adjustment_cases a join units u on u.id = a.unit_id"
            + " where u.path like concat(?, '%') and ";
    private static final String CLOSED = CASES + "a.closed_on between ? and ? and a.status = ";
    private static final String AWARDS = "select count(*) from award_records a join units u on u.id = a.unit_id"
            + " where u.path like concat(?, '%') and a.decided_on between ? and ? and a.kind = ";

    /** The independent count of each figure; the first parameter is the unit path ('' for the whole city). */
    private static final Map<String, String> SQL = Map.ofEntries(
            Map.entry("award.awards", AWARDS + "'AWARD'"),
            Map.entry("award.criticisms", AWARDS + "'CRITICISM'"),
            Map.entry("archive.entriesFiled", "select count(*) " + ENTRIES
                    + "e.submitted_at >= ? and e.submitted_at < ?"),
            Map.entry("archive.entriesAccepted", "select count(*) " + ENTRIES
                    + "e.status = 'ACCEPTED' and e.reviewed_at >= ? and e.reviewed_at < ?"),
            Map.entry("inspection.personTimes", "select count(*) " + SEEN),
            Map.entry("inspection.identified", "select count(distinct ic.cadre_id) " + SEEN
                    + " and ic.recommendation in ('PRIORITY_USE', 'PROMOTE')"),
            // 一线提拔使用: decided (not since terminated) 上 cases from a frontline recommendation, by meeting day.
            Map.entry("inspection.promoted", CASES + "a.direction = 'UP' and a.source = 'FRONTLINE'"
                    + " and a.decision = 'PASSED' and a.status <> 'TERMINATED' and a.meeting_date between ? and ?"),
            Map.entry("adjustment.opened", CASES + "a.opened_on between ? and ?"),
            Map.entry("adjustment.down", CLOSED + "'COMPLETED' and a.direction = 'DOWN'"),
            Map.entry("adjustment.up", CLOSED + "'COMPLETED' and a.direction = 'UP'"),
            Map.entry("adjustment.completed", CLOSED + "'COMPLETED'"),
            Map.entry("adjustment.rejected", CLOSED + "'REJECTED'"),
            Map.entry("adjustment.improved", CLOSED + "'IMPROVED'"),
            Map.entry("adjustment.terminated", CLOSED + "'TERMINATED'"));

    private static final Map<String, String> LINKS = Map.of("award", "awards", "archive", "archive/entry/",
            "inspection", "inspection/", "adjustment", "adjustment/");

    @Autowired
    List<FigureSource> sources;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private List<FigureSource> mine() {
        List<FigureSource> mine = sources.stream().filter(s -> s.definitions().stream()
                .anyMatch(d -> SQL.containsKey(d.key()))).toList();
        // 能上能下, 一人一档, 一线考察 (its own module since the split of cadre), 记功奖励, and 一线提拔使用
        // (decided 上 cases, which the adjustment feature counts).
        assertThat(mine).hasSize(5);
        return mine;
    }

    private long sql(String key, String path) {
        if (key.startsWith("adjustment.onStep.")) {
            return onStep(key, path, DEC_31);
        }
        boolean timestamps = key.startsWith("archive.");
        return jdbc.queryForObject(SQL.get(key), Long.class, path, timestamps ? JAN_1.atStartOfDay() : JAN_1,
                timestamps ? DEC_31.plusDays(1).atStartOfDay() : DEC_31);
    }

    /** Cases per step: the open cases standing on the step today, among those opened by the period's end. */
    private long onStep(String key, String path, LocalDate to) {
        return jdbc.queryForObject(CASES + "a.status = 'OPEN' and a.opened_on <= ? and a.current_ordinal = ?",
                Long.class, path, to, Integer.parseInt(key.substring(key.lastIndexOf('.') + 1)));
    }

    @Test
    void casesPerStepAreTheOpenCasesOnEachStep() {
        LocalDate today = LocalDate.now();
        FigureSource adjustment = mine().stream().filter(s -> s.definitions().stream()
                .anyMatch(d -> d.key().equals("adjustment.opened"))).findFirst().orElseThrow();
        Map<String, Long> counts = as().call(DemoAccounts.CLERK,
                () -> adjustment.counts(today.withDayOfYear(1), today.plusYears(1), null));
        long total = 0;
        for (int n = 1; n <= 11; n++) {
            String key = "adjustment.onStep." + n;
            assertThat(counts.get(key)).as(key).isEqualTo(onStep(key, "", today.plusYears(1)));
            Page<FigureRecord> page = as().call(DemoAccounts.CLERK, () -> adjustment.records(key,
                    today.withDayOfYear(1), today.plusYears(1), null, PageRequest.of(0, 25)));
            assertThat(page.getTotalElements()).as(key).isEqualTo(counts.get(key));
            total += counts.get(key);
        }
        assertThat(total).isPositive().isEqualTo(jdbc.queryForObject(
                "select count(*) from adjustment_cases where status = 'OPEN'", Long.class));
    }

    @Test
    void everyFigureOf2025IsItsDrillDownAndAnIndependentCount() {
        for (FigureSource source : mine()) {
            assertThat(as().call(DemoAccounts.CLERK, source::available)).isTrue();
            Map<String, Long> counts = as().call(DemoAccounts.CLERK, () -> source.counts(JAN_1, DEC_31, null));
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(source.definitions().stream()
                    .map(d -> d.key()).toList());
            for (var figure : counts.entrySet()) {
                String key = figure.getKey();
                assertThat(figure.getValue()).as(key).isEqualTo(sql(key, ""));
                Page<FigureRecord> page = as().call(DemoAccounts.CLERK, () -> source.records(key, JAN_1, DEC_31, null,
                        PageRequest.of(0, 25)));
                assertThat(page.getTotalElements()).as(key).isEqualTo(figure.getValue());
                assertThat(page.getContent()).as(key).hasSize((int) Math.min(25, figure.getValue()));
                String link = "inspection.promoted".equals(key) ? "adjustment/"
                        : LINKS.get(key.substring(0, key.indexOf('.')));
                assertThat(page.getContent()).as(key).allSatisfy(r -> {
                    // A case still open on a step may have been opened before the period.
                    assertThat(r.date()).isBetween(key.startsWith("adjustment.onStep.") ? LocalDate.MIN : JAN_1, DEC_31);
                    assertThat(r.link()).startsWith(link);
                });
            }
        }
    }

    @Test
    void theArticlesFrontlineAndAwardFiguresAndEveryIdentifiedCadreOnce() {
        FigureSource archive = mine().stream().filter(s -> s.definitions().stream()
                .anyMatch(d -> d.key().equals("inspection.identified"))).findFirst().orElseThrow();
        Map<String, Long> counts = as().call(DemoAccounts.CLERK, () -> archive.counts(JAN_1, DEC_31, null));
        assertThat(counts).containsEntry("inspection.personTimes", 1_503L).containsEntry("inspection.identified", 320L)
                .doesNotContainKey("inspection.promoted");
        // 一线提拔使用 is the decided 上 cases opened from the pool, 40 余 as the article says, counted over the rows.
        FigureSource promotions = mine().stream().filter(s -> s.definitions().stream()
                .anyMatch(d -> d.key().equals("inspection.promoted"))).findFirst().orElseThrow();
        long promoted = as().call(DemoAccounts.CLERK, () -> promotions.counts(JAN_1, DEC_31, null))
                .get("inspection.promoted");
        assertThat(promoted).isEqualTo(sql("inspection.promoted", "")).isBetween(40L, 49L);
        // Paging through the drill-down gives each identified cadre exactly once.
        Set<Long> cadres = new HashSet<>();
        for (int p = 0; p < 4; p++) {
            int page = p;
            as().call(DemoAccounts.CLERK, () -> archive.records("inspection.identified", JAN_1, DEC_31, null,
                    PageRequest.of(page, 100))).forEach(r -> assertThat(cadres.add(r.id())).isTrue());
        }
        assertThat(cadres).hasSize(320);
    }

    @Test
    void aCountyClerkGetsTheCountysFiguresOnly() {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long countyId = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        long otherCounty = jdbc.queryForObject("""
                select min(id) from units where parent_id = (select parent_id from units where code = ?)
                and code <> ?""", Long.class, DemoAccounts.COUNTY_CODE, DemoAccounts.COUNTY_CODE);
        boolean smaller = false;
        for (FigureSource source : mine()) {
            Map<String, Long> countys = as().call(DemoAccounts.COUNTY_CLERK, () -> source.counts(JAN_1, DEC_31, null));
            // Another county asked for by a county clerk counts as their own scope; the city clerk may pick the county.
            assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> source.counts(JAN_1, DEC_31, otherCounty)))
                    .isEqualTo(countys);
            assertThat(as().call(DemoAccounts.CLERK, () -> source.counts(JAN_1, DEC_31, countyId))).isEqualTo(countys);
            Map<String, Long> city = as().call(DemoAccounts.CLERK, () -> source.counts(JAN_1, DEC_31, null));
            for (var figure : countys.entrySet()) {
                String key = figure.getKey();
                assertThat(figure.getValue()).as(key).isEqualTo(sql(key, county));
                assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> source.records(key, JAN_1, DEC_31, null,
                        PageRequest.of(0, 10))).getTotalElements()).as(key).isEqualTo(figure.getValue());
                smaller |= figure.getValue() < city.get(key);
            }
        }
        assertThat(smaller).isTrue();
        assertThat(sql("award.criticisms", county)).isGreaterThanOrEqualTo(6);
    }
}
