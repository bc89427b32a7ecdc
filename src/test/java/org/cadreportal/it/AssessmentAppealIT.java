package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cadreportal.assessment.AppealFilter;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.Correction;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.Publicity;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 初步结果 → 公示 → 申诉 → 最终结果 on MariaDB, on a small plan of three counties built here (years 2041 and 2042, which
 * the demo does not use): the 公示 window on the holiday calendar, who may appeal and when, a rejected appeal that
 * changes nothing, an accepted one that changes exactly the corrected score by a hand-worked amount, the refusals
 * of 确定最终结果, and a final result that no data change reaches. The demo's 2025 plan went the same way.
 */
class AssessmentAppealIT extends LiveTest {

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AppealService appeals;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private <T> T as(String user, Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }

    private <T> T office(Supplier<T> work) {
        return as(DemoAccounts.ASSESSMENT, work);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    /**
     * Three counties; TR 目标完成率 (cap 1.2, weight 40), EF 功效系数法 (base 0.6, weight 40), EV 评价打分 (weight 20).
     * TR target 100, actual X01 90 / X02 110 / X03 100 → 36 / 44 / 40; EF 50 / 100 / 75 → 24 / 40 / 32; EV 18 / 10 /
     * 15. Totals X01 78, X02 94, X03 87: ranks X02 1, X03 2, X01 3.
     */
    private Map<String, Long> plan(int year, BigDecimal minStatistics) {
        long x1 = unit("X01");
        long x2 = unit("X02");
        long x3 = unit("X03");
        PlanRules d = PlanRules.defaults();
        PlanRules rules = new PlanRules(d.redLightPoints(), d.overduePoints(), d.interviewPoints(), d.supervisionCap(),
                d.goodShare(), d.fairShare(), d.poorBelow(), minStatistics, d.excellentShare());
        return office(() -> {
            long plan = plans.create(year, "IT " + year, rules).id();
            long dim = plans.addDimension(plan, "D1", "经济发展");
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("plan", plan);
            m.put("TR", plans.addIndicator(plan, new IndicatorForm(dim, "TR", "TR", "%", Direction.POSITIVE,
                    DataSource.STATISTICS, Method.TARGET_RATE, new BigDecimal("1.2"), null, null, null, null, null)));
            m.put("EF", plans.addIndicator(plan, new IndicatorForm(dim, "EF", "EF", "%", Direction.POSITIVE,
                    DataSource.STATISTICS, Method.EFFICACY, null, new BigDecimal("0.6"), null, null, null, null)));
            m.put("EV", plans.addIndicator(plan, new IndicatorForm(dim, "EV", "EV", "分", Direction.POSITIVE,
                    DataSource.EVALUATION, Method.EVALUATION, null, null, null, null, null, null)));
            long g = plans.addGroup(plan, "G", "县市区试点", new BigDecimal("100"), List.of(x1, x2, x3));
            plans.setWeights(g, Map.of(m.get("TR"), new BigDecimal("40"), m.get("EF"), new BigDecimal("40"),
                    m.get("EV"), new BigDecimal("20")));
            m.put("G", g);
            plans.publish(plan, plans.details(plan).plan().version());
            long[] units = {x1, x2, x3};
            String[] tr = {"90", "110", "100"};
            String[] ef = {"50", "100", "75"};
            for (int i = 0; i < 3; i++) {
                assessment.setStatistic(plan, m.get("TR"), units[i], new BigDecimal(tr[i]), null, new BigDecimal("100"));
                assessment.setStatistic(plan, m.get("EF"), units[i], new BigDecimal(ef[i]), null, null);
            }
            assessment.enterScores(plan, List.of(new ScoreEntry(m.get("EV"), x1, new BigDecimal("18")),
                    new ScoreEntry(m.get("EV"), x2, new BigDecimal("10")),
                    new ScoreEntry(m.get("EV"), x3, new BigDecimal("15"))));
            return m;
        });
    }

    private Map<String, BigDecimal> scores(long plan) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.query("select u.code, i.code, s.score from assessment_scores s join units u on u.id = s.unit_id"
                + " join assessment_indicators i on i.id = s.indicator_id where s.plan_id = ?",
                rs -> {
                    out.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
                }, plan);
        return out;
    }

    /** Unit code → "total/rank". */
    private Map<String, String> results(long plan) {
        Map<String, String> out = new HashMap<>();
        jdbc.query("select u.code, r.total, r.rank_in_group from assessment_results r join units u on u.id = r.unit_id"
                + " where r.plan_id = ?", rs -> {
                    out.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + "/"
                            + rs.getInt(3));
                }, plan);
        return out;
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).messageKey()).isEqualTo(key));
    }

    private int version(long plan) {
        return office(() -> appeals.publicity(plan)).version();
    }

    @Test
    void theWindowCountsWorkingDaysOnTheHolidayCalendarBothEndsIncluded() {
        // Monday to Friday; a make-up working Sunday counts; a holiday start begins on the next working day;
        // 国庆 (10-01..10-07) is skipped.
        assertThat(office(() -> appeals.publicityEnd(LocalDate.of(2026, 1, 5), 5))).isEqualTo("2026-01-09");
        assertThat(office(() -> appeals.publicityEnd(LocalDate.of(2026, 1, 4), 2))).isEqualTo("2026-01-05");
        assertThat(office(() -> appeals.publicityEnd(LocalDate.of(2026, 1, 1), 1))).isEqualTo("2026-01-04");
        assertThat(office(() -> appeals.publicityEnd(LocalDate.of(2026, 9, 30), 3))).isEqualTo("2026-10-09");
        assertThatThrownBy(() -> office(() -> appeals.publicityEnd(LocalDate.of(2026, 1, 5), 0)))
                .isInstanceOf(FieldException.class);
    }

    @Test
    void aRejectedAppealChangesNothingAnAcceptedOneRecomputesAndTheFinalResultIsLocked() {
        Map<String, Long> ids = plan(2041, new BigDecimal("0.5"));
        long plan = ids.get("plan");
        long x1 = unit("X01");
        long x2 = unit("X02");
        long x3 = unit("X03");
        assertThat(results(plan)).containsEntry("X01", "78/3").containsEntry("X02", "94/1").containsEntry("X03", "87/2");
        // No appeal before 公示.
        refused(() -> as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x1, ids.get("TR"), "理由", null)),
                "assessment.error.notInPublicity");
        LocalDate today = LocalDate.now(clock);
        Publicity p = office(() -> appeals.startPublicity(plan, version(plan), today, 5));
        assertThat(p.status()).isEqualTo(PlanStatus.PUBLICITY);
        assertThat(p.end()).isAfterOrEqualTo(today.plusDays(4)).isBeforeOrEqualTo(today.plusDays(30));
        Duration pastEnd = Duration.ofDays(ChronoUnit.DAYS.between(today, p.end()) + 1);

        // During 公示 data change only through appeals.
        refused(() -> office(() -> {
            assessment.setStatistic(plan, ids.get("TR"), x1, new BigDecimal("120"), null, null);
            return null;
        }), "assessment.error.inPublicity");

        // The county's clerk appeals his county's line, once; another county's line is not his to appeal.
        AppealRow up = as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x1, ids.get("TR"),
                "统计数据漏报，本年值应为120。", "统计局更正函"));
        assertThat(up.status()).isEqualTo(AppealStatus.OPEN);
        assertThat(up.receivedOn()).isEqualTo(today);
        refused(() -> as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x1, ids.get("TR"), "再次", null)),
                "assessment.error.appealOpen");
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x2, ids.get("TR"),
                "理由", null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x1, ids.get("EF"),
                " ", null))).isInstanceOf(FieldException.class);
        // A written appeal the office received today.
        AppealRow down = office(() -> appeals.recordAppeal(plan, x3, ids.get("EV"), "评价偏低。", null, today));
        // The clerk sees his county's appeal only; the office sees both.
        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> appeals.appeals(plan, AppealFilter.all(), PageRequest.of(0, 10)))
                .getContent()).extracting(AppealRow::unitId).containsExactly(x1);
        assertThat(office(() -> appeals.countAppeals(plan, new AppealFilter(AppealStatus.OPEN, null)))).isEqualTo(2);
        refused(() -> office(() -> appeals.finalizeResults(plan, version(plan))), "assessment.error.publicityNotOver");

        // Rejected: a reason is required, and nothing changes.
        Map<String, BigDecimal> before = scores(plan);
        Map<String, String> ranksBefore = results(plan);
        assertThatThrownBy(() -> office(() -> appeals.decideAppeal(down.id(), down.version(), false, "", null)))
                .isInstanceOf(FieldException.class);
        AppealRow rejected = office(() -> appeals.decideAppeal(down.id(), down.version(), false, "评价依据充分，维持原评分。",
                null));
        assertThat(rejected.status()).isEqualTo(AppealStatus.REJECTED);
        assertThat(scores(plan)).isEqualTo(before);
        assertThat(results(plan)).isEqualTo(ranksBefore);

        // Accepted: X01's TR actual 90 → 120 gives 40 × min(1.2, 1.2) = 48 instead of 36; total 78 + 12 = 90, which
        // passes X03's 87: ranks X02 1, X01 2, X03 3. No other score moves.
        AppealRow accepted = office(() -> appeals.decideAppeal(up.id(), up.version(), true, "经核实予以更正。",
                new Correction(new BigDecimal("120"), null, null)));
        assertThat(accepted.status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(accepted.currentActual()).isEqualByComparingTo("120");
        assertThat(accepted.currentTarget()).isEqualByComparingTo("100");
        Map<String, BigDecimal> after = scores(plan);
        assertThat(after.get("X01/TR")).isEqualByComparingTo("48");
        before.forEach((k, v) -> {
            if (!k.equals("X01/TR")) {
                assertThat(after.get(k)).as(k).isEqualByComparingTo(v);
            }
        });
        assertThat(results(plan)).containsEntry("X01", "90/2").containsEntry("X02", "94/1").containsEntry("X03", "87/3");

        clock.advance(pastEnd);
        try {
            // After the window: the unit can no longer appeal; a written appeal received in the window still counts
            // and holds the final result back until it is decided.
            refused(() -> as(DemoAccounts.COUNTY_CLERK, () -> appeals.fileAppeal(plan, x1, ids.get("EF"), "理由", null)),
                    "assessment.error.outsideWindow");
            AppealRow late = office(() -> appeals.recordAppeal(plan, x2, ids.get("EF"), "书面申诉。", null, today));
            refused(() -> office(() -> appeals.finalizeResults(plan, version(plan))), "assessment.error.appealsOpen");
            office(() -> appeals.decideAppeal(late.id(), late.version(), false, "理由不成立。", null));
            Publicity done = office(() -> appeals.finalizeResults(plan, version(plan)));
            assertThat(done.status()).isEqualTo(PlanStatus.FINAL);
            assertThat(done.finalizedBy()).isEqualTo(DemoAccounts.ASSESSMENT_NAME);

            // Locked: no import, statistic, entry, calculation, weight or appeal reaches it.
            Map<String, BigDecimal> finalScores = scores(plan);
            refused(() -> office(() -> assessment.importStatistics(plan, new ByteArrayInputStream(new byte[0]))),
                    "assessment.error.final");
            refused(() -> office(() -> {
                assessment.setStatistic(plan, ids.get("EF"), x1, new BigDecimal("99"), null, null);
                return null;
            }), "assessment.error.final");
            refused(() -> office(() -> {
                assessment.enterScores(plan, List.of(new ScoreEntry(ids.get("EV"), x1, new BigDecimal("20"))));
                return null;
            }), "assessment.error.final");
            refused(() -> office(() -> assessment.score(plan)), "assessment.error.final");
            refused(() -> office(() -> {
                plans.setWeights(ids.get("G"), Map.of(ids.get("EV"), new BigDecimal("30")));
                return null;
            }), "assessment.error.notDraft");
            refused(() -> office(() -> appeals.recordAppeal(plan, x1, ids.get("EF"), "理由", null, today)),
                    "assessment.error.notInPublicity");
            assertThat(scores(plan)).isEqualTo(finalScores);
        } finally {
            clock.advance(pastEnd.negated());
        }
    }

    @Test
    void theResultIsNotFinalWhileTheStatisticsShareIsBelowThePlansMinimum() {
        // Two of three indicators from statistics: 66.7%, below the default minimum of 77%.
        Map<String, Long> ids = plan(2042, PlanRules.defaults().minStatistics());
        long plan = ids.get("plan");
        LocalDate start = LocalDate.now(clock).minusDays(30);
        office(() -> appeals.startPublicity(plan, version(plan), start, 5));
        assertThatThrownBy(() -> office(() -> appeals.finalizeResults(plan, version(plan))))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> {
                    assertThat(((PortalException) e).messageKey()).isEqualTo("assessment.error.shareBelowMinimum");
                    assertThat(((PortalException) e).args()).containsExactly("66.7%", "77.0%");
                });
        assertThat(office(() -> appeals.publicity(plan)).status()).isEqualTo(PlanStatus.PUBLICITY);
    }

    @Test
    void theDemoPlanIsFinalAfterOneAcceptedAndOneRejectedAppeal() {
        long plan = jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
        Publicity p = office(() -> appeals.publicity(plan));
        assertThat(p.status()).isEqualTo(PlanStatus.FINAL);
        assertThat(p.start()).isEqualTo("2026-01-05");
        assertThat(p.end()).isEqualTo("2026-01-09");
        List<AppealRow> all = office(() -> appeals.appeals(plan, AppealFilter.all(), PageRequest.of(0, 10))).getContent();
        assertThat(all).extracting(AppealRow::status)
                .containsExactlyInAnyOrder(AppealStatus.ACCEPTED, AppealStatus.REJECTED);
        AppealRow accepted = all.stream().filter(a -> a.status() == AppealStatus.ACCEPTED).findFirst().orElseThrow();
        // The corrected statistic is the plan's data now, and the appeals lie within the window.
        assertThat(accepted.currentActual()).isEqualByComparingTo(accepted.correctedActual());
        assertThat(all).allMatch(a -> !a.receivedOn().isBefore(p.start()) && !a.receivedOn().isAfter(p.end()));
        assertThat(all).allMatch(a -> a.decisionReason() != null && !a.decisionReason().isBlank());
    }
}
