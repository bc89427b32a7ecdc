package org.cadreportal.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.cadreportal.Application;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Environment;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N simulated users in one headless Chromium (a browser context each) against the portal started in this
 * JVM on MariaDB, in a database of its own ({@value #DATABASE}, demo data loaded once and kept). Each user
 * signs in and walks {@link LoadJourney} a few rounds with think times; the users start spread over a
 * ramp-up. Per N it prints the round trips as the browser measured them and as the server did, the cores
 * each process used, and the heap a session holds after GC. The load generator yields the cores to the
 * portal (see {@link #yieldToPortal}). Arguments ({@code -Dexec.args="..."}): {@code --users=10,50,100},
 * {@code --rounds=2}, {@code --ramp=} seconds (default 3 per user), {@code --think=1000-2000} (ms),
 * {@code --refill} (recreate the database), {@code --histogram}, {@code --same-priority} (the load generator
 * competes with the portal), and any {@code --spring.*}, {@code --logging.*} or {@code --vaadin.*} setting.
 * Built with {@code -Pproduction,load} the portal runs in Vaadin's production mode. Figures and method:
 * docs/performance.md. Run:
 * {@code ./mvnw -q -Pproduction,load package -DskipTests exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.cadreportal.bench.LoadBenchmark -Dexec.args="--users=10,50,100"}
 */
public final class LoadBenchmark {

    static final String DATABASE = "cadreportal_load";
    private static final String USER_PREFIX = "load";
    /** Far above the user sequence's range, so the load users never collide with accounts made in the UI. */
    private static final long FIRST_USER_ID = 9_000_001L;
    private static final long MIN_FREE_MEMORY = 4L << 30;
    /** Only in a production build's classes: Vaadin's compiled bundle, which development mode does not use. */
    private static final String PRODUCTION_BUNDLE = "META-INF/VAADIN/webapp/index.html";
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--mute-audio");

    /** The default ramp-up: users arrive one every 3 s (100 users over five minutes). */
    private static final int RAMP_SECONDS_PER_USER = 3;
    private static final Path CHRT = Path.of("/usr/bin/chrt");

    private static boolean histogram;

    private LoadBenchmark() {
    }

    /** One N's outcome. */
    private record Result(int users, int failed, List<LoadJourney.Trip> trips, List<LoadProbe.Timed> server,
            int failedRequests, double seconds, int sessions, long heapWithSessions, long heapWithout,
            long heapClosed, long baseline, Map<String, Double> cpuSeconds) {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        int[] counts = Arrays.stream(options.getOrDefault("users", "10,50,100").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        // Users arrive over a few minutes, as at the start of an office day; all at once, 100 Chromium
        // contexts would spend their first minutes compiling the bundle while nobody could be measured.
        String ramp = options.get("ramp");
        String[] think = options.getOrDefault("think", "1000-2000").split("-");
        long thinkMin = Long.parseLong(think[0]);
        long thinkMax = Long.parseLong(think[think.length - 1]);
        histogram = options.containsKey("histogram");
        BenchDatabase.prepare(DATABASE, options.containsKey("refill"));
        LoadProbe probe = new LoadProbe();
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=mariadb",
                "--spring.datasource.url=" + BenchDatabase.url(DATABASE), "--spring.datasource.username=root",
                "--spring.datasource.password=", "--portal.demo-data=true", "--server.port=0",
                "--portal.lights.cron=-", "--portal.outbox.delay=PT24H", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        boolean production = LoadBenchmark.class.getClassLoader().getResource(PRODUCTION_BUNDLE) != null;
        if (production) {
            // Built by -Pproduction,load into target/load: serve it as the production jar would.
            settings.add("--vaadin.productionMode=true");
        }
        Arrays.stream(args).filter(LoadBenchmark::applicationSetting).forEach(settings::add);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .initializers(context -> register((GenericApplicationContext) context, probe))
                .run(settings.toArray(String[]::new))) {
            String baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            int max = Arrays.stream(counts).max().orElse(1);
            ensureUsers(jdbc, max);
            System.out.printf("Portal up in %.0f s at %s, Vaadin in %s mode (database %s: %,d entries, %,d cadres);"
                    + " %d load users%n", (System.nanoTime() - started) / 1e9, baseUrl,
                    production ? "production" : "development", DATABASE,
                    jdbc.queryForObject("select count(*) from achievement_entries", Long.class),
                    jdbc.queryForObject("select count(*) from cadres", Long.class), max);
            boolean yielded = !options.containsKey("same-priority") && yieldToPortal();
            System.out.println(yielded ? "Load generator (this thread, Playwright, Chromium) in the idle scheduling class:"
                    + " the portal and MariaDB come first" : "Load generator competes with the portal for the cores");
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Environment.CHROMIUM).setHeadless(true).setArgs(FLAGS))) {
                // Class loading, JIT, Hibernate's and Vaadin's caches: paid once, by nobody who is measured.
                Result warmUp = run(browser, probe, baseUrl, 1, 1, 0, thinkMin, thinkMax);
                System.out.printf("Warm-up: 1 user, %d round trips, %s%n", warmUp.trips().size(),
                        warmUp.failed() == 0 ? "ok" : "FAILED");
                List<Result> results = new ArrayList<>();
                for (int n : counts) {
                    int rampSeconds = ramp == null ? RAMP_SECONDS_PER_USER * n : Integer.parseInt(ramp);
                    Result r = run(browser, probe, baseUrl, n, rounds, rampSeconds, thinkMin, thinkMax);
                    results.add(r);
                    print(List.of(r));
                }
                System.out.printf("%nAll runs: %d rounds per user, ramp-up %s s, think time %d-%d ms%n", rounds,
                        ramp == null ? RAMP_SECONDS_PER_USER + " × users" : ramp, thinkMin, thinkMax);
                print(results);
            }
        }
    }

    private static Result run(Browser browser, LoadProbe probe, String baseUrl, int n, int rounds, int rampSeconds,
            long thinkMin, long thinkMax) {
        probe.invalidateAll();
        long baseline = usedHeapAfterGc();
        probe.drain();
        List<LoadJourney.Trip> trips = new ArrayList<>();
        List<LoadJourney> users = new ArrayList<>();
        long start = System.nanoTime() + 200_000_000L;
        Map<String, Double> cpuBefore = CpuMeter.read();
        long harnessBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 1; i <= n; i++) {
            long startAt = start + (long) ((i - 1) * (rampSeconds * 1e9 / n));
            users.add(new LoadJourney(browser, i, username(i), DemoAccounts.PASSWORD, baseUrl, rounds, startAt,
                    thinkMin, thinkMax, trips));
        }
        // One thread drives every user (Playwright Java is single-threaded); each tick is short.
        PriorityQueue<LoadJourney> due = new PriorityQueue<>(Comparator.comparingLong(LoadJourney::nextAt));
        due.addAll(users);
        long report = System.nanoTime() + 60_000_000_000L;
        while (!due.isEmpty()) {
            if (System.nanoTime() > report) {
                // A slow run shows where it is (at 50 users on 2 cores a run takes longer than 15 minutes).
                report += 60_000_000_000L;
                System.out.printf("  %d users: %d still walking, %d failed, %d round trips so far%n", n, due.size(),
                        users.stream().filter(u -> u.failure() != null).count(), trips.size());
            }
            LoadJourney next = due.poll();
            long wait = next.nextAt() - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000L + 1);
            }
            if (!next.started() && availableMemory() < MIN_FREE_MEMORY) {
                // Each context costs Chromium about 300 MB: stop adding users before the machine runs out.
                next.abort(String.format("not started: %.1f GiB of memory left", availableMemory() / 1073741824.0));
                continue;
            }
            if (next.tick(System.nanoTime())) {
                due.add(next);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpu = CpuMeter.read();
        cpu.replaceAll((part, total) -> total - cpuBefore.get(part));
        // The driver thread is the load generator's, though it runs in the portal's JVM.
        double harness = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - harnessBefore) / 1e9;
        cpu.merge("portal JVM", -harness, Double::sum);
        cpu.put("harness thread", harness);
        int failed = 0;
        int failedRequests = 0;
        for (LoadJourney user : users) {
            failedRequests += user.failedRequests();
            if (user.failure() != null) {
                failed++;
                System.out.printf("  %s failed: %s%n", user.username(), user.failure());
                if (user.page() != null) {
                    org.cadreportal.testing.Browser.screenshot(user.page(), "load-failed-" + user.username());
                }
            }
        }
        List<LoadProbe.Timed> server = probe.drain();
        // Sessions alive and contexts open: the heap with them, then without them (ended as a logout would).
        int sessions = probe.liveSessions();
        long withSessions = usedHeapAfterGc();
        histogram("sessions alive");
        probe.invalidateAll();
        long without = usedHeapAfterGc();
        histogram("sessions ended");
        users.forEach(LoadJourney::close);
        long closed = usedHeapAfterGc();
        return new Result(n, failed, trips, server, failedRequests, seconds, sessions, withSessions, without, closed,
                baseline, cpu);
    }

    private static void print(List<Result> results) {
        System.out.printf("%n%5s %6s %8s %8s %8s %8s %8s %8s %8s %8s %9s %8s %8s %7s %6s %9s%n", "users", "failed",
                "requests", "p50 ms", "p95 ms", "max ms", "srv p50", "srv p95", "cpu p50", "cpu p95", "MiB/sess",
                "sessions", "pw MiB", "secs", "errors", "left MiB");
        for (Result r : results) {
            double[] browser = r.trips().stream().mapToDouble(LoadJourney.Trip::millis).sorted().toArray();
            double[] server = r.server().stream().mapToDouble(t -> t.nanos() / 1e6).sorted().toArray();
            double[] cpu = r.server().stream().mapToDouble(t -> t.cpuNanos() / 1e6).sorted().toArray();
            double perSession = r.sessions() == 0 ? 0 : (r.heapWithSessions() - r.heapWithout()) / (double) r.sessions();
            double client = (r.heapWithout() - r.heapClosed()) / (double) r.users();
            System.out.printf("%5d %6d %8d %8.0f %8.0f %8.0f %8.0f %8.0f %8.1f %8.1f %9.2f %8d %8.2f %7.0f %6d %9.1f%n",
                    r.users(), r.failed(), browser.length, rank(browser, 0.50), rank(browser, 0.95),
                    browser.length == 0 ? 0 : browser[browser.length - 1], rank(server, 0.50), rank(server, 0.95),
                    rank(cpu, 0.50), rank(cpu, 0.95), perSession / (1 << 20), r.sessions(), client / (1 << 20), r.seconds(), r.failedRequests(),
                    (r.heapClosed() - r.baseline()) / (double) (1 << 20));
            for (String kind : List.of("page", "init", "uidl")) {
                double[] b = r.trips().stream().filter(t -> t.kind().equals(kind))
                        .mapToDouble(LoadJourney.Trip::millis).sorted().toArray();
                double[] s = r.server().stream().filter(t -> t.kind().equals(kind)).mapToDouble(t -> t.nanos() / 1e6)
                        .sorted().toArray();
                double[] c = r.server().stream().filter(t -> t.kind().equals(kind))
                        .mapToDouble(t -> t.cpuNanos() / 1e6).sorted().toArray();
                if (b.length + s.length > 0) {
                    System.out.printf("%5s %6s %8s %8.0f %8.0f %8.0f %8.0f %8.0f %8.1f %8.1f   (%s: %d in the browser,"
                            + " %d in the server)%n", "", "", "", rank(b, 0.50), rank(b, 0.95),
                            b.length == 0 ? 0 : b[b.length - 1], rank(s, 0.50), rank(s, 0.95), rank(c, 0.50),
                            rank(c, 0.95), kind, b.length, s.length);
                }
            }
            double requestCpu = r.server().stream().mapToLong(LoadProbe.Timed::cpuNanos).sum() / 1e9;
            StringBuilder cores = new StringBuilder();
            r.cpuSeconds().forEach((part, cpuSeconds) -> cores.append(String.format(", %s %.2f", part,
                    cpuSeconds / r.seconds())));
            System.out.printf("%19s %.1f requests/s at the server; cores busy on average: requests %.2f%s%n", "",
                    r.server().size() / r.seconds(), requestCpu / r.seconds(), cores);
            double serverSeconds = r.server().stream().mapToLong(LoadProbe.Timed::nanos).sum() / 1e9;
            double waitedSeconds = r.server().stream().mapToLong(LoadProbe.Timed::waitedMillis).sum() / 1e3;
            if (serverSeconds > 0) {
                System.out.printf("%19s the requests' time in the server: %.0f%% working on a core, %.0f%% blocked"
                        + " or waiting (locks, pools), %.0f%% neither (waiting for a core, the database, the network)%n",
                        "", 100 * requestCpu / serverSeconds, 100 * waitedSeconds / serverSeconds,
                        100 * (serverSeconds - requestCpu - waitedSeconds) / serverSeconds);
            }
        }
        System.out.println("""
                p50/p95/max: browser-measured (request start to last byte, Chromium's timing); srv: the same
                requests timed in the server by a filter before Spring Security; cpu: the CPU time of the
                request's thread in the server (its own work, without waiting for a core). MiB/sess: heap freed by ending
                the live sessions, after GC, per session. pw MiB: heap freed by closing the browser contexts
                (Playwright's client objects in this JVM), per user. left MiB: heap after the run, all closed,
                minus before it. errors: requests the browser saw fail. cores busy: CPU seconds per second of
                the run, of the measured requests' threads, of each process, and of the harness's driver
                thread (which runs in the portal's JVM and is not counted in it).""");
    }

    /** Nearest rank: the value that the given share of the sorted values does not exceed. */
    private static double rank(double[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /**
     * With --histogram: the live objects as jcmd counts them (after a full GC of its own), a check on the
     * heap figures that needs no MXBean: the total, and Vaadin's state nodes (one per component).
     */
    private static void histogram(String when) {
        if (!histogram) {
            return;
        }
        try {
            // jcmd's GC.class_histogram, asked in-process (attaching jcmd to this JVM can hang).
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            List<String> lines = text.lines().filter(l -> l.startsWith("Total")
                    || l.endsWith("com.vaadin.flow.internal.StateNode") || l.endsWith("com.vaadin.flow.server.VaadinSession")
                    || l.endsWith("com.vaadin.flow.component.UI")).map(l -> l.replaceAll("\\s+", " ").trim()).toList();
            System.out.println("  histogram, " + when + ": " + lines);
        } catch (javax.management.JMException e) {
            System.out.println("  histogram, " + when + ": " + e.getMessage());
        }
    }

    /** MemAvailable of the machine, from /proc/meminfo (Linux); unknown counts as plenty. */
    private static long availableMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return Long.MAX_VALUE;
        }
        return Long.MAX_VALUE;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void register(GenericApplicationContext context, LoadProbe probe) {
        context.registerBean("loadTimingFilter", FilterRegistrationBean.class, () -> {
            FilterRegistrationBean<LoadProbe> filter = new FilterRegistrationBean<>(probe);
            // Before Spring Security's chain, so the server time includes it.
            filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
            filter.addUrlPatterns("/*");
            return filter;
        });
        context.registerBean("loadSessionListener", ServletListenerRegistrationBean.class,
                () -> new ServletListenerRegistrationBean<>(probe));
    }

    static String username(int i) {
        return String.format("%s%03d", USER_PREFIX, i);
    }

    /**
     * load001…: the demo clerk's password hash and city scope, CLERK for odd numbers and COMMITTEE for even
     * ones. Only in this benchmark's own database.
     */
    private static void ensureUsers(JdbcTemplate jdbc, int count) {
        for (int i = 1; i <= count; i++) {
            long id = FIRST_USER_ID + i - 1;
            Integer exists = jdbc.queryForObject("select count(*) from user_accounts where id = ?", Integer.class, id);
            if (exists != null && exists > 0) {
                continue;
            }
            jdbc.update("""
                    insert into user_accounts (id, version, username, display_name, password_hash, enabled,
                        scope_unit_id)
                    select ?, 0, ?, ?, password_hash, true, scope_unit_id from user_accounts where username = ?""",
                    id, username(i), "压测" + username(i), DemoAccounts.CLERK);
            jdbc.update("insert into user_roles (user_id, role) values (?, ?)", id, i % 2 == 1 ? "CLERK" : "COMMITTEE");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && !applicationSetting(arg)) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
            }
        }
        return options;
    }

    /**
     * Puts this thread into Linux's idle scheduling class (SCHED_IDLE). Threads and processes inherit it
     * from the thread that starts them, so everything the load generator starts from here on (Playwright's
     * client threads and driver, Chromium and its renderers) runs only on cores that the portal's threads
     * and MariaDB leave free, as if it ran on another machine: a user's steps slow down, not the server's
     * answers. Called once the portal is up, whose threads keep the normal class.
     */
    private static boolean yieldToPortal() {
        try {
            String thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            return new ProcessBuilder(CHRT.toString(), "--idle", "-p", "0", thread).inheritIO().start().waitFor() == 0;
        } catch (IOException | UnsupportedOperationException notLinux) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean applicationSetting(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--vaadin.");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
