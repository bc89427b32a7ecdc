package org.cadreportal.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadreportal.Application;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.MariaDbTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the lights of 50,000 online items with 10 milestones each on MariaDB and prints the wall
 * time and the statements the server executed. The four control methods are mixed in equal parts
 * (甘特图对标, 节点任务, 标杆项目对标 against 100 benchmark items with 10 reports each, 状态监测 with a monthly
 * value). Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.cadreportal.bench.LightsBenchmark}
 */
public final class LightsBenchmark {

    private static final int ITEMS = 50_000;
    private static final int MILESTONES = 10;
    private static final String[] METHODS = {"GANTT", "MILESTONE", "BENCHMARK", "MONITOR"};
    private static final int BENCHMARKS = 100;

    private LightsBenchmark() {
    }

    public static void main(String[] args) {
        String url = MariaDbTestDatabase.url();
        // Command-line arguments outrank application.properties (the embedded H2 default).
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.profiles.active=mariadb", "--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--spring.datasource.password=", "--portal.demo-data=false",
                "--server.port=0", "--portal.lights.cron=-", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            LocalDate today = LocalDate.now();
            long started = System.nanoTime();
            fill(jdbc, today);
            System.out.printf("Filled %,d items and %,d milestones in %.1f s%n", ITEMS, ITEMS * MILESTONES,
                    (System.nanoTime() - started) / 1e9);
            LightJob job = app.getBean(LightJob.class);
            long questions = questions(jdbc);
            started = System.nanoTime();
            job.run();
            double seconds = (System.nanoTime() - started) / 1e9;
            long executed = questions(jdbc) - questions - 1;
            Long red = jdbc.queryForObject("select count(*) from supervision_items where light = 'RED'", Long.class);
            Long yellow = jdbc.queryForObject("select count(*) from supervision_items where light = 'YELLOW'", Long.class);
            Long changes = jdbc.queryForObject("select count(*) from light_changes", Long.class);
            System.out.printf("Recomputed %,d items / %,d milestones in %.2f s%n", ITEMS, ITEMS * MILESTONES, seconds);
            System.out.printf("Statements the server executed during the sweep: %,d (%.4f per milestone)%n", executed,
                    executed / (double) (ITEMS * MILESTONES));
            System.out.printf("Lights now: %,d red, %,d yellow; %,d light changes recorded%n", red, yellow, changes);
            jdbc.query("select control_method, light, count(*) from supervision_items group by control_method, light"
                    + " order by 1, 2", rs -> {
                        System.out.printf("  %-9s %-6s %,d%n", rs.getString(1), rs.getString(2), rs.getInt(3));
                    });
            // The nightly case: the same items again, few lights change. (The job's lock holds for a second.)
            sleep();
            questions = questions(jdbc);
            started = System.nanoTime();
            job.run();
            System.out.printf("Second sweep (nothing new): %.2f s, %,d statements%n",
                    (System.nanoTime() - started) / 1e9, questions(jdbc) - questions - 1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1_200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's own count of statements (MariaDB's Questions status), so nothing client-side is trusted. */
    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("show global status like 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private static void fill(JdbcTemplate jdbc, LocalDate today) {
        jdbc.update("insert into units (id, version, code, name, unit_type, parent_id, path, sort_order, active)"
                + " values (1, 0, 'C00', '基准市', 'CITY', null, '/1/', 1, true)");
        Random random = new Random(7);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> milestones = new ArrayList<>();
        long milestoneId = 1;
        for (int n = 1; n <= ITEMS; n++) {
            LocalDate start = today.minusDays(200 + random.nextInt(100));
            LocalDate end = today.plusDays(random.nextInt(300) - 20);
            int progress = random.nextInt(101);
            String method = METHODS[n % METHODS.length];
            boolean monitored = method.equals("MONITOR");
            items.add(new Object[] {n, String.format("B-%06d", n), "基准事项" + n, method, Date.valueOf(start),
                    Date.valueOf(end), progress, method.equals("BENCHMARK") && n > BENCHMARKS ? (n % BENCHMARKS) + 1 : null,
                    monitored ? "月度产值" : null, monitored ? 5000 : null, monitored ? 4000 : null,
                    monitored ? 3500 + random.nextInt(2000) : null,
                    monitored ? Date.valueOf(today.minusDays(random.nextInt(70))) : null});
            long span = java.time.temporal.ChronoUnit.DAYS.between(start, end);
            for (int q = 1; q <= MILESTONES; q++) {
                milestones.add(new Object[] {milestoneId++, n, "节点" + q, Date.valueOf(start.plusDays(span * q / MILESTONES)),
                        q * 10});
            }
            if (items.size() == 5_000) {
                flush(jdbc, items, milestones);
            }
        }
        flush(jdbc, items, milestones);
        // The benchmarks' curves: 10 reports each, rising to their progress.
        List<Object[]> reports = new ArrayList<>();
        for (int b = 1; b <= BENCHMARKS; b++) {
            for (int q = 1; q <= 10; q++) {
                reports.add(new Object[] {(long) b * 100 + q, b, java.sql.Timestamp.valueOf(
                        today.minusDays(300 - q * 25L).atTime(10, 0)), q * 10});
            }
        }
        jdbc.batchUpdate("""
                insert into progress_reports (id, item_id, reported_at, reporter, reporter_name, actual_progress,
                report_text) values (?, ?, ?, 'bench', '基准', ?, '基准')""", reports);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> items, List<Object[]> milestones) {
        jdbc.batchUpdate("""
                insert into supervision_items (id, version, item_no, title, aspect_id, control_method, lead_unit_id,
                supervisor, supervisor_name, start_date, end_date, status, online_on, actual_progress, light,
                benchmark_item_id, monitor_name, monitor_target, monitor_floor, monitor_actual, monitor_on)
                values (?, 0, ?, ?, 1, ?, 1, 'bench', '基准', ?, ?, 'ONLINE', null, ?, 'GREEN', ?, ?, ?, ?, ?, ?)""",
                items);
        jdbc.batchUpdate("""
                insert into milestones (id, version, item_id, name, due_date, planned_progress, done_on, light)
                values (?, 0, ?, ?, ?, ?, null, 'GREEN')""", milestones);
        items.clear();
        milestones.clear();
    }
}
