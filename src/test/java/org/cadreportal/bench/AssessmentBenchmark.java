package org.cadreportal.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadreportal.Application;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.ScoringSummary;
import org.cadreportal.security.Role;
import org.cadreportal.testing.MariaDbTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Scores a plan of 145 indicators for 3,316 units (the archive benchmark's province) on MariaDB: three groups of
 * about 1,105 units, the first with 80 statistics indicators, the others with 25 each, evaluation points, and
 * the supervision, award, bonus, deduction and veto items (as in the demo plan). It fills a scratch database
 * (dropped afterwards) directly, then calls {@link AssessmentService#score} through the bean (security,
 * transaction and all) as the 考核办: the first calculation (every score written), the same again (nothing
 * changed), and again after one statistic changed. It prints the wall time and the statements the server
 * executed (MariaDB's own Questions counter) for each. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.cadreportal.bench.AssessmentBenchmark}
 */
public final class AssessmentBenchmark {

    static final int UNITS = 3_316;
    static final int GROUPS = 3;
    static final long PLAN = 1;

    private AssessmentBenchmark() {
    }

    public static void main(String[] args) {
        String url = MariaDbTestDatabase.url();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=mariadb", "--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--spring.datasource.password=", "--portal.demo-data=false",
                "--server.port=0", "--portal.lights.cron=-", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            int values = fill(jdbc);
            System.out.printf("Filled %,d units, 145 indicators in %d groups, %,d data rows in %.1f s%n", UNITS, GROUPS,
                    values, (System.nanoTime() - started) / 1e9);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "bench", null, AuthorityUtils.createAuthorityList(Role.ASSESSMENT.authority())));
            AssessmentService assessment = app.getBean(AssessmentService.class);
            run("First calculation (every score new)", jdbc, () -> assessment.score(PLAN));
            run("Again, nothing changed", jdbc, () -> assessment.score(PLAN));
            long indicator = jdbc.queryForObject("select id from assessment_indicators where code = 'S002'", Long.class);
            jdbc.update("update assessment_values set actual = actual * 1.5 where indicator_id = ? and unit_id = 10",
                    indicator);
            run("After one statistic changed (功效系数法: its group's scores of that indicator may move)", jdbc,
                    () -> assessment.score(PLAN));
            Long scores = jdbc.queryForObject("select count(*) from assessment_scores", Long.class);
            Long results = jdbc.queryForObject("select count(*) from assessment_results", Long.class);
            System.out.printf("Stored: %,d scores, %,d results%n", scores, results);
        }
    }

    private static void run(String label, JdbcTemplate jdbc, java.util.function.Supplier<ScoringSummary> work) {
        long before = questions(jdbc);
        long started = System.nanoTime();
        ScoringSummary s = work.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        long statements = questions(jdbc) - before - 1;
        System.out.printf("%s: %.2f s wall, %,d statements; %,d units, %,d scores, %,d rows written%n", label,
                seconds, statements, s.units(), s.scores(), s.written());
    }

    /** The server's own count of statements (MariaDB's Questions status), so nothing client-side is trusted. */
    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("show global status like 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private static int fill(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("insert into units (id, version, code, name, unit_type, parent_id, path, sort_order, active)"
                + " values (1, 0, 'P00', '基准省', 'CITY', null, '/1/', 1, true)");
        List<Object[]> units = new ArrayList<>();
        for (int u = 2; u <= UNITS; u++) {
            units.add(new Object[] {u, String.format("B%05d", u), "基准单位" + u, "/1/" + u + "/", u});
        }
        jdbc.batchUpdate("insert into units (id, version, code, name, unit_type, parent_id, path, sort_order, active)"
                + " values (?, 0, ?, ?, 'MUNICIPAL', 1, ?, ?, true)", units);
        jdbc.update("""
                insert into assessment_plans (id, version, plan_year, name, status, red_light_points, overdue_points,
                interview_points, supervision_cap, good_share, fair_share, poor_below, min_statistics, published_at,
                last_actor, last_acted_at) values (?, 0, 2025, 'bench', 'PUBLISHED', 0.5, 0.5, 1, 5, 0.3, 0.4, 60, 0.77,
                ?, 'bench', ?)""", PLAN, now, now);
        jdbc.update("insert into assessment_dimensions (id, version, plan_id, code, name, sort_order)"
                + " values (1, 0, ?, 'D1', '经济发展', 1)", PLAN);
        // 130 statistics (methods in turn), 8 evaluations, supervision, awards, bonus, 2 deductions, 2 vetoes = 145.
        List<Object[]> indicators = new ArrayList<>();
        String[] methods = {"TARGET_RATE", "EFFICACY", "RANK", "GROWTH"};
        for (int i = 1; i <= 130; i++) {
            indicators.add(new Object[] {i, String.format("S%03d", i), "STATISTICS", methods[(i - 1) % 4], 1.2, 0.6, 0.1,
                    null, i});
        }
        for (int e = 1; e <= 8; e++) {
            indicators.add(new Object[] {130 + e, "E0" + e, "EVALUATION", "EVALUATION", null, null, null, null, 130 + e});
        }
        indicators.add(new Object[] {139, "SUP", "SUPERVISION", "DEDUCTION", null, null, null, null, 139});
        indicators.add(new Object[] {140, "AWD", "BONUS", "BONUS", null, null, null, 1, 140});
        indicators.add(new Object[] {141, "BON", "BONUS", "BONUS", null, null, null, 1, 141});
        indicators.add(new Object[] {142, "DED1", "DEDUCTION", "DEDUCTION", null, null, null, 2, 142});
        indicators.add(new Object[] {143, "DED2", "DEDUCTION", "DEDUCTION", null, null, null, 1, 143});
        indicators.add(new Object[] {144, "VET1", "VETO", "VETO", null, null, null, null, 144});
        indicators.add(new Object[] {145, "VET2", "VETO", "VETO", null, null, null, null, 145});
        jdbc.batchUpdate("""
                insert into assessment_indicators (id, version, plan_id, dimension_id, code, name, measure, direction,
                data_source, method, cap, base, step, per_event, scoring_unit_id, definition, sort_order)
                values (?, 0, 1, 1, ?, 'bench', '%', 'POSITIVE', ?, ?, ?, ?, ?, ?, null, null, ?)""", indicators);
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> weights = new ArrayList<>();
        long weightId = 1;
        for (int g = 1; g <= GROUPS; g++) {
            groups.add(new Object[] {g, "G" + g, "类别" + g, g});
            int from = g == 1 ? 1 : g == 2 ? 81 : 106;
            int to = g == 1 ? 80 : g == 2 ? 105 : 130;
            double w = g == 1 ? 1 : 3;
            for (int i = from; i <= to; i++) {
                weights.add(new Object[] {weightId++, g, i, w});
            }
            int[] evals = g == 1 ? new int[] {131, 132, 133, 134} : g == 2 ? new int[] {135, 136} : new int[] {137, 138};
            for (int e : evals) {
                weights.add(new Object[] {weightId++, g, e, g == 1 ? 5.0 : 12.5});
            }
            for (int x = 139; x <= 145; x++) {
                weights.add(new Object[] {weightId++, g, x, x >= 144 ? 0 : 5});
            }
        }
        jdbc.batchUpdate("insert into assessment_groups (id, version, plan_id, code, name, total, sort_order)"
                + " values (?, 0, 1, ?, ?, 100, ?)", groups);
        jdbc.batchUpdate("insert into assessment_weights (id, version, group_id, indicator_id, weight) values (?, 0, ?, ?, ?)",
                weights);
        Random rnd = new Random(17);
        List<Object[]> values = new ArrayList<>();
        long valueId = 1;
        int count = 0;
        for (int u = 2; u <= UNITS; u++) {
            int g = 1 + (u - 2) * GROUPS / (UNITS - 1);
            members.add(new Object[] {g, u});
            int from = g == 1 ? 1 : g == 2 ? 81 : 106;
            int to = g == 1 ? 80 : g == 2 ? 105 : 130;
            for (int i = from; i <= to; i++) {
                double target = 50 + rnd.nextInt(950);
                double actual = target * (0.8 + 0.45 * rnd.nextDouble());
                values.add(new Object[] {valueId++, i, u, bd(actual), bd(actual / (0.95 + 0.2 * rnd.nextDouble())),
                        bd(target), now});
            }
            int[] evals = g == 1 ? new int[] {131, 132, 133, 134} : g == 2 ? new int[] {135, 136} : new int[] {137, 138};
            for (int e : evals) {
                values.add(new Object[] {valueId++, e, u, bd((g == 1 ? 5 : 12.5) * (0.7 + 0.3 * rnd.nextDouble())), null,
                        null, now});
            }
            if (values.size() >= 20_000) {
                count += flush(jdbc, values);
            }
        }
        count += flush(jdbc, values);
        jdbc.batchUpdate("insert into assessment_group_units (plan_id, group_id, unit_id) values (1, ?, ?)", members);
        return count;
    }

    private static int flush(JdbcTemplate jdbc, List<Object[]> values) {
        jdbc.batchUpdate("""
                insert into assessment_values (id, version, plan_id, indicator_id, unit_id, actual, previous, target,
                entered_by, entered_at) values (?, 0, 1, ?, ?, ?, ?, ?, 'bench', ?)""", values);
        int n = values.size();
        values.clear();
        return n;
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0);
    }
}
