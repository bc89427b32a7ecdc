package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.ScoreCell;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 政绩考核's data on MariaDB, on a small plan of its own (year 2018, below the demo's, so no list opens on it):
 * a corrected statistic moves exactly the scores that depend on it and stands in the row's 变更历史 with who and
 * when; the staff of a scoring unit (市委组织部, 市统计局) see and enter only the indicators assigned to their unit,
 * and a refused cell saves none of the sheet.
 */
class AssessmentDataIT extends LiveTest {

    private static final int YEAR = 2018;
    private static final String ORG_SCORER = "it_scorer_org";
    private static final String STAT_SCORER = "it_scorer_stat";

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private long plan;
    private Map<String, Long> ids;

    private <T> T as(String user, Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    private long unitNamed(String name) {
        return jdbc.queryForObject("select id from units where name = ?", Long.class, name);
    }

    /** The plan (M05, M06, M07 in one group), built once: TR and EF from statistics, EV1/EV2 scored by two units. */
    @BeforeEach
    void planAndScorers() {
        scorer(ORG_SCORER, "组织部评分员", unitNamed("市委组织部"));
        scorer(STAT_SCORER, "统计局评分员", unitNamed("市统计局"));
        List<Long> existing = jdbc.queryForList("select id from assessment_plans where plan_year = ?", Long.class, YEAR);
        if (!existing.isEmpty()) {
            plan = existing.get(0);
            ids = new HashMap<>();
            jdbc.query("select code, id from assessment_indicators where plan_id = ?",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }, plan);
            return;
        }
        plan = as(DemoAccounts.ASSESSMENT, () -> plans.create(YEAR, "IT 2018", PlanRules.defaults()).id());
        ids = as(DemoAccounts.ASSESSMENT, () -> {
            long dim = plans.addDimension(plan, "D1", "经济发展");
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("TR", plans.addIndicator(plan, form(dim, "TR", DataSource.STATISTICS, Method.TARGET_RATE, "1.2", null,
                    null)));
            m.put("EF", plans.addIndicator(plan, form(dim, "EF", DataSource.STATISTICS, Method.EFFICACY, null, "0.6",
                    null)));
            m.put("EV1", plans.addIndicator(plan, form(dim, "EV1", DataSource.EVALUATION, Method.EVALUATION, null, null,
                    unitNamed("市委组织部"))));
            m.put("EV2", plans.addIndicator(plan, form(dim, "EV2", DataSource.EVALUATION, Method.EVALUATION, null, null,
                    unitNamed("市统计局"))));
            long g = plans.addGroup(plan, "G", "试点类别", new BigDecimal("100"),
                    List.of(unit("M05"), unit("M06"), unit("M07")));
            Map<Long, BigDecimal> w = new LinkedHashMap<>();
            w.put(m.get("TR"), new BigDecimal("20"));
            w.put(m.get("EF"), new BigDecimal("20"));
            w.put(m.get("EV1"), new BigDecimal("30"));
            w.put(m.get("EV2"), new BigDecimal("30"));
            plans.setWeights(g, w);
            plans.publish(plan, plans.details(plan).plan().version());
            return m;
        });
    }

    private static IndicatorForm form(long dim, String code, DataSource s, Method m, String cap, String base,
                                      Long scoringUnit) {
        return new IndicatorForm(dim, code, code, "%", Direction.POSITIVE, s, m, cap == null ? null : new BigDecimal(cap),
                base == null ? null : new BigDecimal(base), null, null, scoringUnit, null);
    }

    private void scorer(String username, String name, long unitId) {
        if (jdbc.queryForObject("select count(*) from user_accounts where username = ?", Integer.class, username) > 0) {
            return;
        }
        UserForm f = new UserForm();
        f.setUsername(username);
        f.setDisplayName(name);
        f.setRoles(EnumSet.of(Role.CLERK));
        f.setScopeUnitId(unitId);
        f.setEnabled(true);
        f.setPasswordChangeRequired(false);
        as(DemoAccounts.ADMIN, () -> userAdmin.create(f, "scoring unit staff enter points"));
    }

    private void statistic(String indicator, String unitCode, String actual, String target) {
        as(DemoAccounts.ASSESSMENT, () -> {
            assessment.setStatistic(plan, ids.get(indicator), unit(unitCode), new BigDecimal(actual), null,
                    target == null ? null : new BigDecimal(target));
            return null;
        });
    }

    /** The plan's scores by unit code and indicator code. */
    private Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.query("select u.code, i.code, s.score from assessment_scores s join units u on u.id = s.unit_id"
                + " join assessment_indicators i on i.id = s.indicator_id where s.plan_id = ?", rs -> {
            out.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
        }, plan);
        return out;
    }

    private static List<String> moved(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        return after.keySet().stream().filter(k -> before.get(k) == null || after.get(k).compareTo(before.get(k)) != 0)
                .sorted().toList();
    }

    @Test
    void aCorrectedStatisticMovesExactlyTheScoresThatDependOnItAndIsInItsHistory() {
        // A target rate needs a target: refused on that field, and no row is made.
        assertThatThrownBy(() -> statistic("TR", "M05", "110", null)).isInstanceOf(FieldException.class)
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("target"));
        assertThat(jdbc.queryForObject("select count(*) from assessment_values where plan_id = ? and indicator_id = ?",
                Integer.class, plan, ids.get("TR"))).isZero();
        statistic("TR", "M05", "110", "100");
        statistic("TR", "M06", "90", "100");
        statistic("TR", "M07", "130", "100");
        statistic("EF", "M05", "50", null);
        statistic("EF", "M06", "70", null);
        statistic("EF", "M07", "90", null);
        Map<String, BigDecimal> before = scores();
        // TR: 20 × min(x / 100, 1.2); EF: 20 × (0.6 + 0.4 × (x − 50) / (90 − 50)).
        assertThat(before.get("M05/TR")).isEqualByComparingTo("22");
        assertThat(before.get("M06/TR")).isEqualByComparingTo("18");
        assertThat(before.get("M07/TR")).isEqualByComparingTo("24");
        assertThat(before.get("M05/EF")).isEqualByComparingTo("12");
        assertThat(before.get("M06/EF")).isEqualByComparingTo("16");
        assertThat(before.get("M07/EF")).isEqualByComparingTo("20");

        Instant from = Instant.now().minusSeconds(1);
        statistic("TR", "M06", "105", null);
        Instant to = Instant.now().plusSeconds(1);
        Map<String, BigDecimal> afterTr = scores();
        // A target rate depends on the unit's own value only: 20 × 1.05.
        assertThat(moved(before, afterTr)).containsExactly("M06/TR");
        assertThat(afterTr.get("M06/TR")).isEqualByComparingTo("21");

        // 功效系数法 depends on the group: M07 drops from the top (90) to 60, M06 (70) becomes the max, M05 stays min.
        statistic("EF", "M07", "60", null);
        Map<String, BigDecimal> afterEf = scores();
        assertThat(moved(afterTr, afterEf)).containsExactly("M06/EF", "M07/EF");
        assertThat(afterEf.get("M06/EF")).isEqualByComparingTo("20");
        assertThat(afterEf.get("M07/EF")).isEqualByComparingTo("16"); // 20 × (0.6 + 0.4 × 10 / 20)

        long valueId = jdbc.queryForObject("select id from assessment_values where plan_id = ? and indicator_id = ?"
                + " and unit_id = ?", Long.class, plan, ids.get("TR"), unit("M06"));
        List<HistoryEntry> history = as(DemoAccounts.COMMITTEE, () -> assessment.valueHistory(valueId));
        assertThat(history).hasSize(2);
        HistoryEntry last = history.get(0);
        assertThat(last.type()).isEqualTo(HistoryEntry.ChangeType.CHANGED);
        assertThat(last.who()).isEqualTo(DemoAccounts.ASSESSMENT);
        assertThat(last.when()).isBetween(from, to);
        assertThat(last.changes()).hasSize(1);
        assertThat(last.changes().get(0).field()).isEqualTo("actual");
        assertThat(new BigDecimal(last.changes().get(0).before())).isEqualByComparingTo("90");
        assertThat(new BigDecimal(last.changes().get(0).after())).isEqualByComparingTo("105");
        assertThat(history.get(1).type()).isEqualTo(HistoryEntry.ChangeType.CREATED);
        // A county clerk's scope does not reach a municipal unit's row.
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> assessment.valueHistory(valueId)))
                .isInstanceOf(RecordNotFoundException.class);
        // A unit outside the plan has no statistics row to correct.
        long m08 = unit("M08");
        assertThatThrownBy(() -> as(DemoAccounts.ASSESSMENT, () -> {
            assessment.setStatistic(plan, ids.get("TR"), m08, BigDecimal.TEN, null, null);
            return null;
        })).isInstanceOf(RecordNotFoundException.class); // M08 is not in the plan
    }

    @Test
    void aScoringUnitSeesAndEntersOnlyItsOwnIndicatorsAndARefusedCellSavesNothing() {
        assertThat(codes(as(ORG_SCORER, () -> assessment.scoringIndicators(plan)))).containsExactly("EV1");
        assertThat(codes(as(STAT_SCORER, () -> assessment.scoringIndicators(plan)))).containsExactly("EV2");
        assertThat(codes(as(DemoAccounts.ASSESSMENT, () -> assessment.scoringIndicators(plan))))
                .containsExactly("EV1", "EV2");
        assertThat(as(DemoAccounts.SUPERVISION, () -> assessment.scoringIndicators(plan))).isEmpty();
        long m05 = unit("M05");
        long m06 = unit("M06");
        long ev1 = ids.get("EV1");
        long ev2 = ids.get("EV2");

        // Another unit's indicator, even beside one of his own: refused, and nothing of the call is saved.
        assertThatThrownBy(() -> as(ORG_SCORER, () -> {
            assessment.enterScores(plan, List.of(new ScoreEntry(ev1, m05, new BigDecimal("25")),
                    new ScoreEntry(ev2, m05, new BigDecimal("20"))));
            return null;
        })).isInstanceOf(PortalException.class)
                .satisfies(e -> assertThat(((PortalException) e).messageKey()).isEqualTo("assessment.error.notYourIndicator"));
        assertThatThrownBy(() -> as(ORG_SCORER, () -> assessment.scoreSheet(plan, ev2)))
                .isInstanceOf(PortalException.class);
        assertThat(entered(ev1)).isEmpty();
        assertThat(entered(ev2)).isEmpty();

        // 31 of at most 30 points in the second cell: that cell is named and the first is not saved either.
        assertThatThrownBy(() -> as(ORG_SCORER, () -> {
            assessment.enterScores(plan, List.of(new ScoreEntry(ev1, m05, new BigDecimal("25")),
                    new ScoreEntry(ev1, m06, new BigDecimal("31"))));
            return null;
        })).isInstanceOf(FieldException.class)
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo(ScoreEntry.field(1)));
        assertThat(entered(ev1)).isEmpty();

        as(ORG_SCORER, () -> {
            assessment.enterScores(plan, List.of(new ScoreEntry(ev1, m05, new BigDecimal("25")),
                    new ScoreEntry(ev1, m06, new BigDecimal("30"))));
            return null;
        });
        List<ScoreCell> sheet = as(ORG_SCORER, () -> assessment.scoreSheet(plan, ev1));
        assertThat(sheet).extracting(ScoreCell::unitCode).containsExactly("M05", "M06", "M07");
        assertThat(sheet).allSatisfy(c -> assertThat(c.weight()).isEqualByComparingTo("30"));
        assertThat(sheet.get(0).value()).isEqualByComparingTo("25");
        assertThat(sheet.get(1).value()).isEqualByComparingTo("30");
        assertThat(sheet.get(2).value()).isNull();
        Map<String, BigDecimal> scores = scores();
        assertThat(scores.get("M05/EV1")).isEqualByComparingTo("25");
        assertThat(scores.get("M06/EV1")).isEqualByComparingTo("30");
        assertThat(entered(ev2)).isEmpty();
    }

    private static List<String> codes(List<IndicatorRow> rows) {
        return rows.stream().map(IndicatorRow::code).toList();
    }

    private List<BigDecimal> entered(long indicatorId) {
        return jdbc.queryForList("select actual from assessment_values where plan_id = ? and indicator_id = ?",
                BigDecimal.class, plan, indicatorId);
    }
}
