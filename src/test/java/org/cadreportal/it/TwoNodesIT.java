package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.cadreportal.Application;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.base.FileStore;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.service.DigestJob;
import org.cadreportal.notification.service.OutboxJob;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ControllableSmsSender;
import org.cadreportal.testing.Environment;
import org.cadreportal.testing.HttpVisitor;
import org.cadreportal.testing.Race;
import org.cadreportal.testing.RequiresMariaDb;
import org.cadreportal.workflow.CaseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two portal nodes, A and B, each a whole portal on its own port, on one MariaDB database and one shared
 * {@code portal.files.dir} (docs/deployment.md). Each scheduled job, fired on both nodes at the same moment,
 * runs on one of them (ShedLock); a message goes out once; what one node saves the other reads, and a stale
 * save there is refused; a file stored on one is read on the other; a session is a node's own, and a user
 * sent to the other node signs in again and finds the saved data. Its own database and contexts, apart
 * from the shared test context (whose jobs would be a third node on the same locks).
 */
@RequiresMariaDb
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final int ROUNDS = 3;
    private static final String DATABASE = "cadreportal_it_nodes_" + ProcessHandle.current().pid() + "_"
            + System.currentTimeMillis();

    private Path files;
    private SecurityContextHolderStrategy sharedContextSecurity;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private long started;
    /** The one thread-local both nodes' security-context holders keep the signed-in user in. */
    private final ThreadLocal<org.springframework.security.core.context.SecurityContext> oneHolder = new ThreadLocal<>();

    @BeforeAll
    void startTwoNodes() throws Exception {
        started = System.nanoTime();
        sharedContextSecurity = SecurityContextHolder.getContextHolderStrategy();
        files = Files.createTempDirectory("two-nodes-files");
        execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        // A migrates the database and loads the demo data; B, a second node, starts once A's Flyway is done
        // (not two migrations racing on one schema), while A goes on starting and loading, as the test needs
        // both up only when its first test runs.
        CountDownLatch migrated = new CountDownLatch(1);
        FutureTask<ConfigurableApplicationContext> startingA = new FutureTask<>(() -> start("a", true, migrated));
        Thread nodeA = new Thread(startingA, "two-nodes-start-a"); // the test's class loader, unlike a pool's
        nodeA.start();
        try {
            while (!migrated.await(200, TimeUnit.MILLISECONDS) && !startingA.isDone()) {
                // A's Flyway still running
            }
            if (!startingA.isDone() || !failed(startingA)) {
                b = start("b", false, null);
            }
        } finally {
            a = startingA.get(5, TimeUnit.MINUTES);
        }
        assertThat(ownHolder(securityOf(a))).as("one signed-in user per thread on both nodes")
                .isSameAs(ownHolder(securityOf(b))).isSameAs(oneHolder);
        System.out.printf("Two nodes: both up after %d ms (A on port %d, B on port %d)%n", elapsedMs(),
                port(a), port(b));
    }

    /**
     * Only because both nodes share this JVM: each node's Vaadin makes its own security-context holder (a
     * thread-local) and installs it as the JVM's one, so the later node's start would leave the other's method
     * security reading a holder that a job, the demo data loader or a test on it never fills (and as the two
     * start side by side, either may come last, even while A loads its demo data). Two processes each have their
     * one; here both holders get one thread-local as they are made, which is the same thing, as a thread works
     * for one node at a time.
     */
    private Object oneSignedInUserPerThread(Object bean, String name) {
        if (name.equals("vaadinAwareSecurityContextHolderStrategy")) {
            try {
                java.lang.reflect.Field holder = bean.getClass().getDeclaredField("contextHolder");
                holder.setAccessible(true);
                holder.set(bean, oneHolder);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The Vaadin security-context holder has changed", e);
            }
        }
        return bean;
    }

    private static Object ownHolder(SecurityContextHolderStrategy strategy) throws ReflectiveOperationException {
        java.lang.reflect.Field holder = strategy.getClass().getDeclaredField("contextHolder");
        holder.setAccessible(true);
        return holder.get(strategy);
    }

    private static SecurityContextHolderStrategy securityOf(ConfigurableApplicationContext node) {
        return node.getBean("vaadinAwareSecurityContextHolderStrategy", SecurityContextHolderStrategy.class);
    }

    private static boolean failed(FutureTask<?> start) {
        try {
            start.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    @AfterAll
    void stopTwoNodes() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        // The shared test context's holder again, for the tests that run after this one in the JVM.
        SecurityContextHolder.setContextHolderStrategy(sharedContextSecurity);
        execute("DROP DATABASE IF EXISTS " + DATABASE);
        if (files != null) {
            try (var stored = Files.walk(files)) {
                stored.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        System.out.printf("Two nodes: whole test %d ms%n", elapsedMs());
    }

    /** Starts a node; {@code migrated}, if given, is counted down once its Flyway has migrated the database. */
    private ConfigurableApplicationContext start(String node, boolean demoData, CountDownLatch migrated) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class);
        builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (migrated != null && name.equals("flywayInitializer")) {
                    migrated.countDown();
                }
                return oneSignedInUserPerThread(bean, name);
            }
        }));
        return builder.run("--spring.profiles.active=it",
                "--spring.datasource.url=" + serverUrl() + DATABASE, "--server.port=0",
                "--portal.files.dir=" + files, "--portal.demo-data=" + demoData,
                // The jobs fire when the test says, on both nodes at once, not at 01:30 or every minute.
                "--portal.lights.cron=-", "--portal.digest.cron=-", "--portal.outbox.delay=PT24H",
                // The outbox lock's production hold, which the single-node tests shorten (application-it).
                "--portal.outbox.lock-at-least=PT10S",
                // The nodes run on the wall clock: no quiet hours, or a run after 22:00 in Shanghai holds the
                // test's SMS till morning and the outbox test waits for a delivery that is not due.
                "--portal.sms.quiet-from=00:00", "--portal.sms.quiet-until=00:00",
                "--spring.jmx.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--spring.application.name=portal-node-" + node);
    }

    @Test
    void eachJobFiredOnBothNodesAtOnceRunsOnOneNodePerRun() throws Exception {
        Map<String, long[]> counts = new TreeMap<>();
        counts.put("light sweep", perNode(LightJob.class, LightJob::run, LightJob::runs));
        counts.put("digest", perNode(DigestJob.class, DigestJob::run, DigestJob::runs));
        counts.put("outbox", perNode(OutboxJob.class, OutboxJob::send, OutboxJob::runs));
        counts.forEach((job, n) -> {
            System.out.printf("Two nodes: %s fired %d times on both nodes: ran %d times on A, %d on B%n", job, ROUNDS,
                    n[0], n[1]);
            assertThat(n[0] + n[1]).as(job + " runs, both nodes together").isEqualTo(ROUNDS);
        });
    }

    /** Fires the job on both nodes at the same moment, ROUNDS times; each round must run it exactly once. */
    private <J> long[] perNode(Class<J> type, java.util.function.Consumer<J> fire, ToLongFunction<J> runs)
            throws Exception {
        J onA = a.getBean(type);
        J onB = b.getBean(type);
        long[] total = new long[2];
        for (int round = 1; round <= ROUNDS; round++) {
            nextScheduledTime();
            long beforeA = runs.applyAsLong(onA);
            long beforeB = runs.applyAsLong(onB);
            List<Object> results = Race.run(List.<Callable<Object>>of(() -> {
                fire.accept(onA);
                return "A";
            }, () -> {
                fire.accept(onB);
                return "B";
            }));
            assertThat(results).as(type.getSimpleName() + " round " + round).containsExactly("A", "B");
            long ranA = runs.applyAsLong(onA) - beforeA;
            long ranB = runs.applyAsLong(onB) - beforeB;
            assertThat(ranA + ranB).as(type.getSimpleName() + " round " + round + ": runs on A + B").isEqualTo(1);
            total[0] += ranA;
            total[1] += ranB;
        }
        return total;
    }

    /** A later scheduled time: every lock the last run held (at least a minute for the digest) has expired. */
    private void nextScheduledTime() {
        a.getBean(JdbcTemplate.class).update("update shedlock set lock_until = ?", java.sql.Timestamp.valueOf(
                "2000-01-01 00:00:00"));
    }

    @Test
    void aMessageIsDeliveredOnceWhileBothNodesRunTheOutbox() throws Exception {
        String marker = "TwoNodesIT-" + UUID.randomUUID().toString().substring(0, 8);
        long cadre = a.getBean(JdbcTemplate.class).queryForObject(
                "select cadre_id from user_accounts where username = ?", Long.class, DemoAccounts.CADRE);
        new TransactionTemplate(a.getBean(PlatformTransactionManager.class)).executeWithoutResult(
                s -> a.getBean(Notifier.class).sms(cadre, "【测试】" + marker + " 两个节点"));
        ControllableSmsSender gatewayA = a.getBean(ControllableSmsSender.class);
        ControllableSmsSender gatewayB = b.getBean(ControllableSmsSender.class);
        OutboxJob outboxB = b.getBean(OutboxJob.class);
        nextScheduledTime();

        // A's run holds the message in its gateway; B's run comes meanwhile and must leave it alone.
        gatewayA.holdNext(marker);
        CompletableFuture<Void> runOnA = CompletableFuture.runAsync(a.getBean(OutboxJob.class)::send);
        assertThat(gatewayA.awaitHolding(30)).as("A's run reached the gateway").isTrue();
        long runsB = outboxB.runs();
        outboxB.send();
        assertThat(outboxB.runs()).as("B's run while A's holds the lock").isEqualTo(runsB);
        gatewayA.release();
        runOnA.get(30, TimeUnit.SECONDS);

        // The next run, on B, finds nothing left to send.
        nextScheduledTime();
        outboxB.send();
        assertThat(outboxB.runs()).isEqualTo(runsB + 1);
        assertThat(gatewayA.deliveredCount(marker) + gatewayB.deliveredCount(marker)).as("deliveries").isEqualTo(1);
        assertThat(a.getBean(JdbcTemplate.class).queryForObject("select status from outbox_messages where body like ?",
                String.class, "%" + marker + "%")).isEqualTo("SENT");
    }

    @Test
    void aStepCompletedOnASeenOnBAndAStaleSaveOnBIsRefused() {
        AccusationDetails before = openVerifyCase();
        int ordinal = before.standing().currentOrdinal();
        as(a).call(DemoAccounts.DISCIPLINE, () -> a.getBean(AccusationService.class).completeStep(before.id(),
                before.version(), new AccusationInput.Opinion(), new StepNote("核查完毕（节点A）", null)));

        AccusationDetails onB = as(b).call(DemoAccounts.DISCIPLINE,
                () -> b.getBean(AccusationService.class).get(before.id()));
        assertThat(onB.standing().currentOrdinal()).as("B sees A's step").isEqualTo(ordinal + 1);
        assertThat(onB.version()).isGreaterThan(before.version());
        Object stale = call(() -> as(b).call(DemoAccounts.DISCIPLINE, () -> b.getBean(AccusationService.class)
                .completeStep(before.id(), before.version(), new AccusationInput.Opinion(),
                        new StepNote("核查完毕（节点B，旧页面）", null))));
        assertThat(stale).as("a save on B from the page as it was before A's step")
                .isInstanceOf(StaleDataException.class);
        assertThat(as(a).call(DemoAccounts.DISCIPLINE, () -> a.getBean(AccusationService.class).get(before.id()))
                .standing().currentOrdinal()).isEqualTo(ordinal + 1);
    }

    @Test
    void aFileStoredOnAIsReadOnB() throws Exception {
        byte[] evidence = ("佐证材料 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String key = a.getBean(FileStore.class).put(evidence);
        assertThat(key).startsWith("disk:");
        try (var stored = Files.list(files)) {
            assertThat(stored.count()).as("files in the shared folder").isPositive();
        }
        assertThat(b.getBean(FileStore.class).get(key)).isEqualTo(evidence);
    }

    @Test
    void aSessionIsItsNodesOwnAndAUserSentToTheOtherNodeSignsInAgainAndFindsTheSavedData() throws Exception {
        HttpVisitor onA = new HttpVisitor(baseUrl(a));
        assertThat(HttpVisitor.signedIn(onA.login(DemoAccounts.DISCIPLINE, DemoAccounts.PASSWORD))).isTrue();
        assertThat(onA.get("").statusCode()).as("A knows its own session").isEqualTo(200);
        // What the user saved while on A.
        AccusationDetails before = openVerifyCase();
        as(a).call(DemoAccounts.DISCIPLINE, () -> a.getBean(AccusationService.class).completeStep(before.id(),
                before.version(), new AccusationInput.Opinion(), new StepNote("核查完毕（会话在节点A）", null)));

        // A fails; the balancer sends the same browser (same cookie) to B.
        HttpResponse<String> withAsCookie = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(baseUrl(b))).header("Cookie", "JSESSIONID=" + onA.sessionId())
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withAsCookie.statusCode()).as("B does not know A's session").isEqualTo(302);
        assertThat(withAsCookie.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpVisitor onB = new HttpVisitor(baseUrl(b));
        assertThat(HttpVisitor.signedIn(onB.login(DemoAccounts.DISCIPLINE, DemoAccounts.PASSWORD))).isTrue();
        assertThat(onB.get("").statusCode()).isEqualTo(200);
        assertThat(as(b).call(DemoAccounts.DISCIPLINE, () -> b.getBean(AccusationService.class).get(before.id()))
                .standing().currentOrdinal()).as("the step saved on A, read on B")
                .isEqualTo(before.standing().currentOrdinal() + 1);
    }

    private AccusationDetails openVerifyCase() {
        return as(a).call(DemoAccounts.DISCIPLINE, () -> {
            AccusationService accusations = a.getBean(AccusationService.class);
            long id = accusations.page(new AccusationFilter(null, null, null, "VERIFY", CaseStatus.OPEN, null, false,
                    null, null), PageRequest.of(0, 1)).getContent().getFirst().id();
            return accusations.get(id);
        });
    }

    private static AsUser as(ConfigurableApplicationContext node) {
        return new AsUser(node.getBean(UserDetailsService.class));
    }

    private static Object call(Callable<Object> work) {
        try {
            return work.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + port(node) + "/";
    }

    private long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + Environment.MARIADB_HOST + ":" + Environment.MARIADB_PORT + "/";
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Two-node database: " + sql, e);
        }
    }
}
