package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.base.PortalException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 政绩考核 on MariaDB: every scoring method against numbers worked out by hand, a plan whose weights do not add
 * up refused, one changed statistic changing exactly the scores that depend on it, and the demo plan's
 * supervision deductions equal to a count made here directly over the supervision tables.
 */
class AssessmentIT extends LiveTest {

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private <T> T office(java.util.function.Supplier<T> work) {
        return new AsUser(userDetails).call(DemoAccounts.ASSESSMENT, work);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    private long indicator(long plan, long dim, String code, Method m, Direction d, DataSource s, String cap,
                           String base, String step, String per) {
        return plans.addIndicator(plan, new IndicatorForm(dim, code, code, "%", d, s, m, dec(cap), dec(base), dec(step),
                dec(per), null, null));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** Scores of the plan by unit code and indicator code. */
    private Map<String, BigDecimal> scores(long plan) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.query("select u.code, i.code, s.score from assessment_scores s join units u on u.id = s.unit_id"
                + " join assessment_indicators i on i.id = s.indicator_id where s.plan_id = ?", rs -> {
            out.put(rs.getString(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
        }, plan);
        return out;
    }

    @Test
    void eachMethodScoresAsWorkedOutByHandAndOneStatisticChangesOnlyWhatDependsOnIt() throws Exception {
        long a = unit("M01");
        long b = unit("M02");
        long c = unit("M03");
        long plan = office(() -> plans.create(2031, "IT 2031", PlanRules.defaults()).id());
        Map<String, Long> ids = office(() -> {
            long dim = plans.addDimension(plan, "D1", "经济发展");
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("TR", indicator(plan, dim, "TR", Method.TARGET_RATE, Direction.POSITIVE, DataSource.STATISTICS, "1.2", null, null, null));
            m.put("EF", indicator(plan, dim, "EF", Method.EFFICACY, Direction.POSITIVE, DataSource.STATISTICS, null, "0.6", null, null));
            m.put("RK", indicator(plan, dim, "RK", Method.RANK, Direction.POSITIVE, DataSource.STATISTICS, null, null, "1", null));
            m.put("GR", indicator(plan, dim, "GR", Method.GROWTH, Direction.POSITIVE, DataSource.STATISTICS, null, "0.6", null, null));
            m.put("EV", indicator(plan, dim, "EV", Method.EVALUATION, Direction.POSITIVE, DataSource.EVALUATION, null, null, null, null));
            m.put("DD", indicator(plan, dim, "DD", Method.DEDUCTION, Direction.NEGATIVE, DataSource.DEDUCTION, null, null, null, "2"));
            long g = plans.addGroup(plan, "G", "市直试点", new BigDecimal("100"), List.of(a, b, c));
            Map<Long, BigDecimal> w = new LinkedHashMap<>();
            w.put(m.get("TR"), new BigDecimal("10"));
            w.put(m.get("EF"), new BigDecimal("10"));
            w.put(m.get("RK"), new BigDecimal("10"));
            w.put(m.get("GR"), new BigDecimal("10"));
            w.put(m.get("EV"), new BigDecimal("50"));
            w.put(m.get("DD"), new BigDecimal("5"));
            plans.setWeights(g, w);
            m.put("G", g);
            return m;
        });
        // 90 of 100: refused, naming the group and its sum.
        assertThatThrownBy(() -> office(() -> plans.publish(plan, plans.details(plan).plan().version())))
                .isInstanceOf(PortalException.class)
                .satisfies(e -> {
                    assertThat(((PortalException) e).messageKey()).isEqualTo("assessment.error.weights");
                    assertThat(e.getMessage()).contains("市直试点 90/100");
                });
        office(() -> {
            plans.setWeights(ids.get("G"), Map.of(ids.get("EV"), new BigDecimal("60")));
            return plans.publish(plan, plans.details(plan).plan().version());
        });
        PlanDetails details = office(() -> plans.details(plan));
        assertThat(details.plan().share().fromStatistics()).isEqualTo(4);
        assertThat(details.plan().share().weightShare()).isEqualTo(0.4);

        // The template lists every unit × statistics indicator; filled in and imported.
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        office(() -> {
            assessment.writeTemplate(plan, template);
            return null;
        });
        double[][] data = {
                // target, actual, previous per unit for TR, EF, RK, GR
                {100, 110, 0}, {100, 130, 0}, {100, 90, 0},   // TR: 11, 12, 9
                {0, 80, 0}, {0, 90, 0}, {0, 100, 0},           // EF: 6, 8, 10
                {0, 5, 0}, {0, 9, 0}, {0, 7, 0},               // RK: 8, 10, 9
                {0, 110, 100}, {0, 105, 100}, {0, 100, 100}};  // GR: 10, 8, 6
        Map<String, double[]> byKey = new HashMap<>();
        String[] codes = {"TR", "EF", "RK", "GR"};
        String[] units = {"M01", "M02", "M03"};
        for (int i = 0; i < 4; i++) {
            for (int u = 0; u < 3; u++) {
                byKey.put(units[u] + "/" + codes[i], data[i * 3 + u]);
            }
        }
        byte[] filled = fill(template.toByteArray(), byKey, null);
        byte[] broken = fill(template.toByteArray(), byKey, "M02/EF");
        ImportResult refused = office(() -> assessment.importStatistics(plan, new ByteArrayInputStream(broken)));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).column()).isEqualTo("本年值");
        assertThat(refused.errors().get(0).messageKey()).isEqualTo("assessment.error.number");
        assertThat(scores(plan)).isEmpty();
        ImportResult ok = office(() -> assessment.importStatistics(plan, new ByteArrayInputStream(filled)));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.saved()).isEqualTo(12);
        office(() -> {
            assessment.enterScores(plan, List.of(new ScoreEntry(ids.get("EV"), a, new BigDecimal("55")),
                    new ScoreEntry(ids.get("EV"), b, new BigDecimal("48.5")),
                    new ScoreEntry(ids.get("DD"), c, new BigDecimal("2"))));
            return null;
        });
        Map<String, BigDecimal> before = scores(plan);
        assertScore(before, "M01/TR", "11");
        assertScore(before, "M02/TR", "12");
        assertScore(before, "M03/TR", "9");
        assertScore(before, "M01/EF", "6");
        assertScore(before, "M02/EF", "8");
        assertScore(before, "M03/EF", "10");
        assertScore(before, "M01/RK", "8");
        assertScore(before, "M02/RK", "10");
        assertScore(before, "M03/RK", "9");
        assertScore(before, "M01/GR", "10");
        assertScore(before, "M02/GR", "8");
        assertScore(before, "M03/GR", "6");
        assertScore(before, "M01/EV", "55");
        assertScore(before, "M02/EV", "48.5");
        assertScore(before, "M03/EV", "0");
        assertScore(before, "M03/DD", "-4"); // 2 events × 2 points
        // Totals: M01 11+6+8+10+55 = 90; M02 12+8+10+8+48.5 = 86.5; M03 9+10+9+6+0−4 = 30 (below 60: 较差).
        Map<String, Object> m01 = jdbc.queryForMap("select total, rank_in_group, grade from assessment_results"
                + " where plan_id = ? and unit_id = ?", plan, a);
        assertThat((BigDecimal) m01.get("total")).isEqualByComparingTo("90");
        assertThat(((Number) m01.get("rank_in_group")).intValue()).isEqualTo(1);
        Map<String, Object> m03 = jdbc.queryForMap("select total, rank_in_group, grade from assessment_results"
                + " where plan_id = ? and unit_id = ?", plan, c);
        assertThat((BigDecimal) m03.get("total")).isEqualByComparingTo("30");
        assertThat(m03.get("grade")).isEqualTo("POOR");

        // M02's EF moves from 90 to 95: inside the group's min and max, so only its own EF score moves (8 → 9).
        office(() -> {
            assessment.setStatistic(plan, ids.get("EF"), b, new BigDecimal("95"), null, null);
            return null;
        });
        Map<String, BigDecimal> after = scores(plan);
        Map<String, BigDecimal> changed = new HashMap<>();
        after.forEach((k, v) -> {
            if (v.compareTo(before.get(k)) != 0) {
                changed.put(k, v);
            }
        });
        assertThat(changed).containsOnlyKeys("M02/EF");
        assertScore(after, "M02/EF", "9");
        // M03's EF is the group's max: lowering it below M02 makes M02 the max; M01 stays the min at 6.
        office(() -> {
            assessment.setStatistic(plan, ids.get("EF"), c, new BigDecimal("85"), null, null);
            return null;
        });
        Map<String, BigDecimal> third = scores(plan);
        List<String> moved = third.keySet().stream().filter(k -> third.get(k).compareTo(after.get(k)) != 0).sorted().toList();
        assertThat(moved).containsExactly("M02/EF", "M03/EF");
        assertScore(third, "M01/EF", "6");   // min 80
        assertScore(third, "M02/EF", "10");  // max 95
        assertScore(third, "M03/EF", "7.3333"); // 10 × (0.6 + 0.4 × 5/15), to 4 places
    }

    private static void assertScore(Map<String, BigDecimal> scores, String key, String expected) {
        assertThat(scores.get(key)).as(key).isEqualByComparingTo(expected);
    }

    /** The template with the given values written in; {@code spoil} gets a word where its actual value belongs. */
    private static byte[] fill(byte[] template, Map<String, double[]> values, String spoil) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String key = row.getCell(0).getStringCellValue() + "/" + row.getCell(2).getStringCellValue();
                double[] v = values.get(key);
                if (v[0] != 0) {
                    row.createCell(5).setCellValue(v[0]);
                }
                if (key.equals(spoil)) {
                    row.createCell(6).setCellValue("九十");
                } else {
                    row.createCell(6).setCellValue(v[1]);
                }
                if (v[2] != 0) {
                    row.createCell(7).setCellValue(v[2]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theDemoPlanHas145IndicatorsMostlyFromStatisticsAndItsSupervisionDeductionsAreTheCountedEvents() {
        long plan = jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
        PlanDetails details = office(() -> plans.details(plan));
        assertThat(details.indicators()).hasSize(145);
        assertThat(details.plan().share().fromStatistics()).isGreaterThanOrEqualTo(112);
        assertThat(details.plan().share().met()).isTrue();
        assertThat(details.groups()).allMatch(g -> g.balanced());
        // The demo plan's result is final (locked): its deductions are those computed when the demo scored it.
        LocalDate today = LocalDate.now(clock);
        Date from = Date.valueOf(LocalDate.of(2025, 1, 1));
        Date to = Date.valueOf(LocalDate.of(2025, 12, 31));
        List<Map<String, Object>> rows = jdbc.queryForList("select s.unit_id, s.score, u.path from assessment_scores s"
                + " join assessment_indicators i on i.id = s.indicator_id join units u on u.id = s.unit_id"
                + " where s.plan_id = ? and i.code = 'SUP'", plan);
        assertThat(rows).hasSize(50);
        int withDeduction = 0;
        for (Map<String, Object> r : rows) {
            String path = r.get("path") + "%";
            // Counted here over the supervision tables, item by item of the unit's subtree.
            long red = count("select count(*) from light_changes c where c.to_light = 'RED' and c.changed_on between ? and ?"
                    + " and c.item_id in (select i.id from supervision_items i join units u on u.id = i.lead_unit_id"
                    + " where u.path like ?)", from, to, path);
            long overdue = count("select count(*) from milestones m where m.due_date between ? and ? and m.due_date < ?"
                    + " and (m.done_on is null or m.done_on > m.due_date) and m.item_id in (select i.id from"
                    + " supervision_items i join units u on u.id = i.lead_unit_id where u.path like ?)", from, to,
                    Date.valueOf(today), path);
            long interviews = count("select count(*) from escalations e where e.rung = 'INTERVIEW' and"
                    + " e.interview_date between ? and ? and e.item_id in (select i.id from supervision_items i"
                    + " join units u on u.id = i.lead_unit_id where u.path like ?)", from, to, path);
            double expected = -Math.min(5.0, red * 0.5 + overdue * 0.5 + interviews * 1.0);
            assertThat(((BigDecimal) r.get("score")).doubleValue()).as("unit " + r.get("unit_id")).isEqualTo(expected);
            if (expected < 0) {
                withDeduction++;
            }
        }
        assertThat(withDeduction).as("units with a supervision deduction").isPositive();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
