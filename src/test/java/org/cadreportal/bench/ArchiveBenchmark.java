package org.cadreportal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cadreportal.Application;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The archive grid at province scale on MariaDB: 100,000 cadres and 2,000,000 entries in a database of
 * its own ({@value #DATABASE}), filled once and kept, so later runs only measure. Each grid call goes
 * through the {@link ArchiveService} bean as a province-wide clerk (security, transaction, scope and
 * all), and next to it the same page as hand-written SQL over plain JDBC; it prints median and p95 of
 * both and their ratio. Arguments ({@code -Dexec.args="..."}): {@code --refill} fills again,
 * {@code --explain} prints the plans, {@code --exact-counts} times the exact {@code count} instead of the grid's
 * {@code total}, {@code --default-optimizer} leaves out the session setting the portal
 * makes ({@code optimizer_join_limit_pref_ratio=1}), {@code --once} makes each service call once (for its SQL), and
 * any {@code --spring.*} or {@code --logging.*} setting is passed to the application, e.g.
 * {@code --spring.datasource.hikari.connection-init-sql=...} to try a session setting. Figures and
 * method: docs/performance.md. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.cadreportal.bench.ArchiveBenchmark}
 */
public final class ArchiveBenchmark {

    static final String DATABASE = "cadreportal_bench";
    private static final int WARM_UP = 20;
    /**
     * A fast row is warmed up for this long (up to {@link #WARM_UP_MAX} calls): a few hundred calls of the service
     * path in all get it past the JIT's profiling tier to the compiled code a busy portal runs.
     */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int WARM_UP_MAX = 1_000;
    private static final int RUNS = 30;
    /** A call slower than this is timed {@link #SLOW_RUNS} times only, so a bad plan cannot take an hour. */
    private static final long SLOW_NANOS = 1_000_000_000L;
    private static final int SLOW_RUNS = 3;

    /** The columns of the grid's page query, as Hibernate writes them for EntryQuery. */
    private static final String COLUMNS = """
            select ae1_0.id, ae1_0.cadre_id, c1_0.name, u1_0.name, ae1_0.period_id, ae1_0.field_id, ae1_0.level_id,
                ae1_0.category_id, ae1_0.cadre_role, ae1_0.what_done, ae1_0.status, ae1_0.late, ae1_0.proxy_name,
                ae1_0.submitted_at, ae1_0.score_completion, ae1_0.score_truth, ae1_0.score_difficulty,
                ae1_0.score_contribution
            """;
    /** Entries with their cadre and unit, as a query filtered by unit path joins them. */
    private static final String JOINED = """
            from achievement_entries ae1_0 join cadres c1_0 on c1_0.id = ae1_0.cadre_id
                join units u1_0 on u1_0.id = c1_0.unit_id
            """;
    /** The same for the province-wide clerk, whose reach is every unit: no unit condition, outer joins. */
    private static final String OUTER = """
            from achievement_entries ae1_0 left join cadres c1_0 on c1_0.id = ae1_0.cadre_id
                left join units u1_0 on u1_0.id = c1_0.unit_id
            """;
    /** A province-wide count without a text reads the entries alone; with one, their cadres' names too. */
    private static final String ENTRIES = " from achievement_entries ae1_0 ";
    private static final String ENTRIES_AND_NAMES =
            " from achievement_entries ae1_0 left join cadres c1_0 on c1_0.id = ae1_0.cadre_id ";
    private static final String SELECT = COLUMNS + JOINED;
    private static final String SELECT_ALL = COLUMNS + OUTER;
    private static final String TEXT = "(ae1_0.what_done like ? escape '\\\\' or ae1_0.achieved like ? escape '\\\\'"
            + " or ae1_0.effect like ? escape '\\\\' or c1_0.name like ? escape '\\\\')";
    /** Hibernate's MariaDB dialect doubles backslashes in a LIKE pattern that has no escape character. */
    private static final String PATH_LIKE = "u1_0.path like replace(?, '\\\\', '\\\\\\\\')";

    private ArchiveBenchmark() {
    }

    /** The grid's total counts no further than this (EntryTotals.CAP). */
    private static final int CAP = 10_000;

    /** One statement of plain JDBC with its parameters. */
    private record Sql(String sql, List<Object> parameters) {
    }

    /** One grid call, through the service and as raw SQL (one statement, or the same statements the service runs). */
    private record Measurement(String name, Supplier<Object> service, List<Sql> raw) {

        Measurement(String name, Supplier<Object> service, String sql, List<Object> parameters) {
            this(name, service, List.of(new Sql(sql, parameters)));
        }
    }

    private record Timing(double median, double p95, int runs) {
    }

    public static void main(String[] args) throws SQLException {
        List<String> options = List.of(args);
        BenchDatabase.prepare(DATABASE, options.contains("--refill"));
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=mariadb",
                "--spring.datasource.url=" + BenchDatabase.url(DATABASE), "--spring.datasource.username=root",
                "--spring.datasource.password=", "--portal.demo-data=false", "--server.port=0", "--portal.lights.cron=-",
                "--portal.outbox.delay=PT24H", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        if (options.contains("--default-optimizer")) {
            // The portal sets optimizer_join_limit_pref_ratio=1 on its connections (MariaDbSessionSettings); 0 is
            // MariaDB's default: an ORDER BY … LIMIT join then starts at the small units table and sorts every
            // entry in scope (docs/performance.md).
            settings.add("--portal.mariadb.join-limit-pref-ratio=0");
        }
        options.stream().filter(o -> o.startsWith("--spring.") || o.startsWith("--logging.")).forEach(settings::add);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            DataSource dataSource = app.getBean(DataSource.class);
            fillIfEmpty(jdbc, dataSource);
            signIn(app);
            ArchiveService archive = app.getBean(ArchiveService.class);
            List<Measurement> measurements = measurements(jdbc, archive, options.contains("--exact-counts"));
            if (options.contains("--once")) {
                // With --logging.level.org.hibernate.SQL=DEBUG: the statements to compare with the raw SQL.
                measurements.forEach(m -> m.service().get());
                return;
            }
            if (options.contains("--explain")) {
                for (Measurement m : measurements) {
                    explain(jdbc, m);
                }
            }
            System.out.printf("%n%-40s %10s %10s %10s %10s %6s %9s %5s %9s%n", "measurement (ms)", "svc median",
                    "svc p95", "raw median", "raw p95", "ratio", "overhead", "runs", "svc stmts");
            // Every row warmed up before the first is timed: the service path is compiled once for all rows, so
            // the first rows measure the same steady state as the last.
            System.out.println("load average before the warm-up: " + loadAverage());
            List<Boolean> slow = new ArrayList<>();
            for (Measurement m : measurements) {
                slow.add(warmUp(m, dataSource));
            }
            for (int i = 0; i < measurements.size(); i++) {
                Measurement m = measurements.get(i);
                Timing[] t = time(m, dataSource, slow.get(i));
                System.out.printf("%-40s %10.1f %10.1f %10.1f %10.1f %6.2f %9.2f %5d %9.1f%n", m.name(), t[0].median(),
                        t[0].p95(), t[1].median(), t[1].p95(), t[0].median() / t[1].median(),
                        t[0].median() - t[1].median(), t[0].runs(), statements(jdbc, m));
            }
            System.out.println("load average after the last row: " + loadAverage());
        }
    }

    private static List<Measurement> measurements(JdbcTemplate jdbc, ArchiveService archive, boolean exactCounts) {
        String root = "/" + ArchiveBenchFill.ROOT + "/%";
        // A county in the middle of the tree, with its townships and bureaus.
        Long county = jdbc.queryForObject("select id from units where code = 'C7X4'", Long.class);
        String countyPath = jdbc.queryForObject("select path from units where id = ?", String.class, county) + "%";
        long period = 6;
        long field = 3;
        String keyword = "%" + ArchiveBenchTexts.KEYWORD + "%";
        EntryFilter all = EntryFilter.all();
        EntryFilter filtered = new EntryFilter(null, county, period, field, null, null, null, null);
        EntryFilter search = new EntryFilter(ArchiveBenchTexts.KEYWORD, null, null, null, null, null, null, null);
        PageRequest first = PageRequest.of(0, 50);
        PageRequest bySubmitted = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "submittedAt"));
        String filteredWhere = " where " + PATH_LIKE + " and " + PATH_LIKE
                + " and ae1_0.period_id = ? and ae1_0.field_id = ?";
        // As Hibernate writes the order: by select-list position, the id last; the page as offset and size.
        String newest = " order by 1 desc limit ?, ?";
        List<Measurement> list = new ArrayList<>(List.of(
                new Measurement("first page", () -> archive.page(all, first), SELECT_ALL + newest,
                        List.of(0, 50)),
                new Measurement("filtered page (county+field+period)", () -> archive.page(filtered, first),
                        SELECT + filteredWhere + newest, List.of(root, countyPath, period, field, 0, 50)),
                new Measurement("keyword search page", () -> archive.page(search, first),
                        SELECT_ALL + " where " + TEXT + newest,
                        List.of(keyword, keyword, keyword, keyword, 0, 50))));
        // The grid's total for each filter the grid offers, alone, and two together.
        Counts counts = new Counts(jdbc, archive, exactCounts, root);
        list.add(counts.of("count (all, province scope)", all, "", List.of()));
        list.add(counts.of("count (filtered: county+field+period)", filtered,
                " and " + PATH_LIKE + " and ae1_0.period_id = ? and ae1_0.field_id = ?",
                List.of(countyPath, period, field)));
        list.add(counts.of("count (unit: a county)", new EntryFilter(null, county, null, null, null, null, null, null),
                " and " + PATH_LIKE, List.of(countyPath)));
        list.add(counts.of("count (period)", new EntryFilter(null, null, period, null, null, null, null, null),
                " and ae1_0.period_id = ?", List.of(period)));
        list.add(counts.of("count (领域)", new EntryFilter(null, null, null, field, null, null, null, null),
                " and ae1_0.field_id = ?", List.of(field)));
        list.add(counts.of("count (level)", new EntryFilter(null, null, null, null, 22L, null, null, null),
                " and ae1_0.level_id = ?", List.of(22L)));
        list.add(counts.of("count (category)", new EntryFilter(null, null, null, null, null, 42L, null, null),
                " and ae1_0.category_id = ?", List.of(42L)));
        list.add(counts.of("count (status: returned)",
                new EntryFilter(null, null, null, null, null, null, EntryStatus.RETURNED, null),
                " and ae1_0.status = ?", List.of("RETURNED")));
        list.add(counts.ofText("count (keyword, province scope)", search, "", List.of(), keyword));
        list.add(counts.ofText("count (keyword + a county)",
                new EntryFilter(ArchiveBenchTexts.KEYWORD, county, null, null, null, null, null, null),
                " and " + PATH_LIKE, List.of(countyPath), keyword));
        list.add(new Measurement("sort by submitted, newest first", () -> archive.page(all, bySubmitted),
                SELECT_ALL + " order by 14 desc, 1 desc limit ?, ?", List.of(0, 50)));
        // The review queue: submitted entries, oldest first; it must keep ix_entries_status_submitted.
        list.add(new Measurement("review queue page (oldest first)", () -> archive.queue(all, first),
                SELECT_ALL + " where ae1_0.status = ? order by 14, 1 limit ?, ?",
                List.of("SUBMITTED", 0, 50)));
        return list;
    }

    /**
     * The grid's total through the service ({@code total}, or with {@code --exact-counts} the exact
     * {@code count}) and as the same statements over JDBC: an exact count, or a count of at most {@link #CAP} + 1
     * rows; for a text, first where the window of the newest {@link #CAP} entries begins.
     */
    private record Counts(JdbcTemplate jdbc, ArchiveService archive, boolean exact, String root) {

        /**
         * {@code and}: the filter's conditions, each after " and ". Without a unit path among them the clerk's reach
         * is every unit, and the portal leaves the scope condition and the joins out.
         */
        Measurement of(String name, EntryFilter filter, String and, List<Object> parameters) {
            Scoped q = new Scoped(root, and, parameters);
            return exact ? new Measurement(name, () -> archive.count(filter),
                    "select count(ae1_0.id)" + q.from(false) + q.where(), q.parameters())
                    : new Measurement(name, () -> archive.total(filter), capped(q.from(false), q.where()),
                            withCap(q.parameters()));
        }

        Measurement ofText(String name, EntryFilter filter, String and, List<Object> parameters, String keyword) {
            Scoped q = new Scoped(root, and, parameters);
            List<Object> texts = new ArrayList<>(q.parameters());
            texts.addAll(List.of(keyword, keyword, keyword, keyword));
            String withText = q.where().isEmpty() ? " where " + TEXT : q.where() + " and " + TEXT;
            if (exact) {
                return new Measurement(name, () -> archive.count(filter), "select count(ae1_0.id)" + q.from(true)
                        + withText, texts);
            }
            String window = "select ae1_0.id" + q.from(false) + q.where() + " order by 1 desc limit ?, ?";
            List<Object> windowParameters = new ArrayList<>(q.parameters());
            windowParameters.addAll(List.of(CAP, 1));
            List<Long> start = jdbc.queryForList(window, Long.class, windowParameters.toArray());
            List<Sql> raw = new ArrayList<>(List.of(new Sql(window, windowParameters)));
            if (start.isEmpty()) {
                raw.add(new Sql(capped(q.from(true), withText), withCap(texts)));
            } else {
                texts.add(start.get(0) + 1);
                raw.add(new Sql(capped(q.from(true), withText + " and ae1_0.id >= ?"), withCap(texts)));
            }
            return new Measurement(name, () -> archive.total(filter), raw);
        }

        private static String capped(String from, String where) {
            return "select count(*) from (select ae1_0.id" + from + where + " limit ?) d1_0";
        }

        private static List<Object> withCap(List<Object> parameters) {
            List<Object> all = new ArrayList<>(parameters);
            all.add(CAP + 1);
            return all;
        }
    }

    /** A count's tables, conditions and parameters, as EntryQuery writes them for the province-wide clerk. */
    private record Scoped(String root, String and, List<Object> filterParameters) {

        boolean everyUnit() {
            return !and.contains(PATH_LIKE);
        }

        String from(boolean names) {
            return everyUnit() ? (names ? ENTRIES_AND_NAMES : ENTRIES) : " " + JOINED;
        }

        String where() {
            if (!everyUnit()) {
                return " where " + PATH_LIKE + and;
            }
            return and.isEmpty() ? "" : " where " + and.substring(" and ".length());
        }

        List<Object> parameters() {
            List<Object> all = new ArrayList<>();
            if (!everyUnit()) {
                all.add(root);
            }
            all.addAll(filterParameters);
            return all;
        }
    }

    /** The warm-up calls of one measurement; whether it is slow (then it is timed {@link #SLOW_RUNS} times). */
    private static boolean warmUp(Measurement m, DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        m.service().get();
        raw(m, dataSource);
        boolean slow = (System.nanoTime() - started) / 2 > SLOW_NANOS;
        for (int i = 1; !slow && i < WARM_UP_MAX
                && (i < WARM_UP || System.nanoTime() - started < WARM_UP_NANOS); i++) {
            m.service().get();
            raw(m, dataSource);
        }
        return slow;
    }

    /**
     * Service and raw SQL in turns, so both see the same caches and the same noise; which of the two goes first
     * alternates, so neither always runs right after the other has warmed the buffer pool for it.
     */
    private static Timing[] time(Measurement m, DataSource dataSource, boolean slow) throws SQLException {
        int runs = slow ? SLOW_RUNS : RUNS;
        long[] service = new long[runs];
        long[] raw = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                service[i] = timeService(m);
                raw[i] = timeRaw(m, dataSource);
            } else {
                raw[i] = timeRaw(m, dataSource);
                service[i] = timeService(m);
            }
        }
        return new Timing[] {timing(service), timing(raw)};
    }

    private static long timeService(Measurement m) {
        long started = System.nanoTime();
        m.service().get();
        return System.nanoTime() - started;
    }

    private static long timeRaw(Measurement m, DataSource dataSource) throws SQLException {
        long started = System.nanoTime();
        raw(m, dataSource);
        return System.nanoTime() - started;
    }

    /** The page as an application without JPA would read it: every column of every row into memory. */
    private static List<Object[]> raw(Measurement m, DataSource dataSource) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Sql sql : m.raw()) {
                rows = raw(c, sql);
            }
        }
        return rows;
    }

    private static List<Object[]> raw(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                ps.setObject(i + 1, sql.parameters().get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /**
     * Statements the server received for one service call (MariaDB's global Questions counter, so other
     * clients of the same server add noise): the page, its lookups and the transaction's own statements.
     */
    private static double statements(JdbcTemplate jdbc, Measurement m) {
        int calls = 3;
        long before = questions(jdbc);
        for (int i = 0; i < calls; i++) {
            m.service().get();
        }
        // The second SHOW STATUS counts itself.
        return (questions(jdbc) - before - 1) / (double) calls;
    }

    private static long questions(JdbcTemplate jdbc) {
        return jdbc.query("show global status like 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    /** The machine's 1, 5 and 15 minute load averages: other work on the cores shows in the figures. */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Timing timing(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        double median = (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0) / 1e6;
        // Nearest rank: the value 95 % of the runs do not exceed.
        double p95 = sorted[(int) Math.ceil(0.95 * n) - 1] / 1e6;
        return new Timing(median, p95, n);
    }

    private static void explain(JdbcTemplate jdbc, Measurement m) {
        System.out.println("\nEXPLAIN " + m.name());
        for (Sql sql : m.raw()) {
            explain(jdbc, sql);
        }
    }

    private static void explain(JdbcTemplate jdbc, Sql sql) {
        jdbc.query("explain " + sql.sql(), rs -> {
            System.out.printf("  %-6s %-8s %-12s %-28s %-10s %-10s %s%n", rs.getString("table"), rs.getString("type"),
                    rs.getString("possible_keys") == null ? "" : rs.getString("possible_keys").replace("ix_", ""),
                    rs.getString("key"), rs.getString("ref"), rs.getString("rows"), rs.getString("Extra"));
        }, sql.parameters().toArray());
    }

    /** The benchmark's clerk, loaded the way form login loads a user, so CurrentUsers sees a portal user. */
    private static void signIn(ConfigurableApplicationContext app) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(ArchiveBenchFill.USERNAME);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void fillIfEmpty(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        Long units = jdbc.queryForObject("select count(*) from units", Long.class);
        if (units != null && units > 0) {
            Long entries = jdbc.queryForObject("select count(*) from achievement_entries", Long.class);
            if (entries == null || entries != ArchiveBenchFill.ENTRIES) {
                throw new IllegalStateException("The benchmark database holds " + entries + " entries, not "
                        + ArchiveBenchFill.ENTRIES + " (an interrupted fill?): run again with --refill");
            }
            System.out.printf("Using the filled database %s: %,d entries%n", DATABASE, entries);
            return;
        }
        System.out.println("Filling " + DATABASE + " (once; later runs reuse it) ...");
        long started = System.nanoTime();
        new ArchiveBenchFill(dataSource).fill();
        double fill = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        for (String table : List.of("units", "cadres", "filing_periods", "achievement_entries")) {
            jdbc.execute("analyze table " + table);
        }
        System.out.printf("Filled %,d units, %,d cadres, %,d entries in %.0f s; ANALYZE TABLE %.0f s%n",
                jdbc.queryForObject("select count(*) from units", Long.class), ArchiveBenchFill.CADRES,
                ArchiveBenchFill.ENTRIES, fill, (System.nanoTime() - started) / 1e9);
    }
}
