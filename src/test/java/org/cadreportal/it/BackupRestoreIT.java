package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Environment;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MariaDbTestDatabase;
import org.cadreportal.workflow.NewAttachment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The backup and restore of docs/operations.md, done for real: mariadb-dump of the live database, the dump
 * loaded into a new database, and every table (history, revisions, schema history, file contents) compared.
 */
class BackupRestoreIT extends LiveTest {

    @Autowired
    ArchiveService archive;

    @Autowired
    AdjustmentService cases;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void aDumpRestoredIntoANewDatabaseHoldsEveryRowEveryRevisionAndEveryFile() throws Exception {
        String dumpTool = tool("mariadb-dump", "mysqldump");
        String client = tool("mariadb", "mysql");
        String source = MariaDbTestDatabase.name();
        String target = source + "_restore";

        // Changes made just now through the services: their revisions must survive the round trip.
        byte[] evidence = evidencePdf();
        EntryDetails entry = fileEntryWithEvidence(evidence);
        CaseDetails downCase = openDownCase();

        Path dump = Files.createTempFile("cadreportal-backup", ".sql");
        try (Connection src = connect(source)) {
            Map<String, TableState> before;
            long dumpMillis;
            // The running portal keeps writing (outbox, locks, events): read locks on every table hold the
            // data still while it is both measured and dumped, so both see the same rows.
            lockAll(src, source);
            try {
                before = states(src, source);
                long t0 = System.nanoTime();
                run(dump, null, dumpTool, "--host=" + Environment.MARIADB_HOST, "--port=" + Environment.MARIADB_PORT,
                        "--protocol=TCP", "--user=root", "--single-transaction", "--routines", "--triggers",
                        "--hex-blob", "--default-character-set=utf8mb4", source);
                dumpMillis = (System.nanoTime() - t0) / 1_000_000;
            } finally {
                try (Statement s = src.createStatement()) {
                    s.execute("UNLOCK TABLES");
                }
            }

            try (Statement s = src.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + target);
                s.execute("CREATE DATABASE " + target + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            try {
                long t0 = System.nanoTime();
                run(null, dump, client, "--host=" + Environment.MARIADB_HOST, "--port=" + Environment.MARIADB_PORT,
                        "--protocol=TCP", "--user=root", "--default-character-set=utf8mb4", target);
                long restoreMillis = (System.nanoTime() - t0) / 1_000_000;
                try (Connection restored = connect(target)) {
                    Map<String, TableState> after = states(restored, target);
                    System.out.printf("Backup/restore: %d tables, %d rows, dump %d KB in %d ms, restore %d ms%n",
                            before.size(), before.values().stream().mapToLong(TableState::rows).sum(),
                            Files.size(dump) / 1024, dumpMillis, restoreMillis);

                    assertThat(before).containsKeys("revinfo", "flyway_schema_history", "access_log",
                            "stored_files", "achievement_entries_aud", "adjustment_cases_aud");
                    assertThat(after.keySet()).isEqualTo(before.keySet());
                    before.forEach((table, state) -> assertThat(after.get(table)).as(table).isEqualTo(state));

                    assertRevision(restored, "achievement_entries_aud", entry.row().id(), DemoAccounts.CLERK);
                    assertRevision(restored, "adjustment_cases_aud", downCase.id(), DemoAccounts.CLERK);
                    assertThat(fileContent(restored, entry.attachments().getFirst().id())).isEqualTo(evidence);
                    assertThat(single(restored, "select count(*) from flyway_schema_history where success = 1"))
                            .isEqualTo(single(src, "select count(*) from flyway_schema_history"));
                }
            } finally {
                try (Statement s = src.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + target);
                }
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** A row count and MariaDB's content checksum; a sequence by its next value instead. */
    record TableState(long rows, String content) {
    }

    private static Map<String, TableState> states(Connection c, String schema) throws SQLException {
        Map<String, TableState> states = new TreeMap<>();
        for (Map.Entry<String, String> t : tables(c, schema).entrySet()) {
            String table = t.getKey();
            String content = t.getValue().equals("SEQUENCE")
                    ? "next " + single(c, "select next_not_cached_value from " + table)
                    : "checksum " + single(c, "checksum table " + table, 2);
            states.put(table, new TableState(Long.parseLong(single(c, "select count(*) from " + table)), content));
        }
        return states;
    }

    private static Map<String, String> tables(Connection c, String schema) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (var ps = c.prepareStatement("select table_name, table_type from information_schema.tables"
                + " where table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return tables;
    }

    private static void lockAll(Connection c, String schema) throws SQLException {
        String list = tables(c, schema).keySet().stream().map(t -> t + " READ").collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLES " + list);
        }
    }

    private static void assertRevision(Connection c, String auditTable, long id, String user) throws SQLException {
        try (var ps = c.prepareStatement("select r.username from " + auditTable + " a join revinfo r on r.id = a.rev"
                + " where a.id = ? order by a.rev")) {
            ps.setLong(1, id);
            List<String> users = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
            }
            assertThat(users).as(auditTable + " " + id).isNotEmpty().first().isEqualTo(user);
        }
    }

    private static byte[] fileContent(Connection c, long attachmentId) throws SQLException {
        String key = (String) singleObject(c, "select storage_key from entry_attachments where id = " + attachmentId);
        assertThat(key).as("the default store keeps files in the database").startsWith("db:");
        return (byte[]) singleObject(c, "select content from stored_files where id = " + key.substring(3));
    }

    private static String single(Connection c, String sql) throws SQLException {
        return single(c, sql, 1);
    }

    private static String single(Connection c, String sql, int column) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(column);
        }
    }

    private static Object singleObject(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + Environment.MARIADB_HOST + ":"
                + Environment.MARIADB_PORT + "/" + database, "root", "");
    }

    private static void run(Path stdout, Path stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path errors = Files.createTempFile("cadreportal-backup", ".err");
        pb.redirectError(errors.toFile());
        pb.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout.toFile()) : ProcessBuilder.Redirect.DISCARD);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        try {
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish in 10 minutes");
            }
            assertThat(p.exitValue()).as(command[0] + ": " + Files.readString(errors, StandardCharsets.UTF_8))
                    .isZero();
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The first of the names found on PATH; absent, a skip on a developer's machine and a failure in CI. */
    private static String tool(String... names) {
        for (String name : names) {
            Optional<Path> found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "")
                    .split(File.pathSeparator)).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found.get().toString();
            }
        }
        String reason = "none of " + String.join(", ", names) + " on PATH (apt-get install mariadb-client)";
        if (Environment.isCi()) {
            throw new IllegalStateException(reason + " — required when CI=true");
        }
        System.out.println("SKIPPED BackupRestoreIT: " + reason);
        Assumptions.abort(reason);
        return null;
    }

    /** A tiny PDF with bytes that are not valid UTF-8, so only a binary-safe dump brings it back intact. */
    private static byte[] evidencePdf() {
        byte[] head = "%PDF-1.4\n% backup check\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[head.length + 256 + tail.length];
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int i = 0; i < 256; i++) {
            pdf[head.length + i] = (byte) i;
        }
        System.arraycopy(tail, 0, pdf, head.length + 256, tail.length);
        return pdf;
    }

    private EntryDetails fileEntryWithEvidence(byte[] evidence) {
        long periodId = as().call(DemoAccounts.ADMIN, () -> {
            PeriodForm f = new PeriodForm();
            f.setNameZh("备份测试周期" + System.nanoTime());
            f.setNameEn("Backup test");
            f.setStartsOn(LocalDate.now().minusDays(30));
            f.setEndsOn(LocalDate.now().plusDays(30));
            f.setDeadline(LocalDate.now().plusDays(40));
            f.setCategories(EnumSet.allOf(CadreCategory.class));
            return archive.savePeriod(null, null, f).id();
        });
        long cadreId = jdbc.queryForObject("select id from cadres where status = 'ACTIVE' order by id limit 1",
                Long.class);
        return as().call(DemoAccounts.CLERK, () -> {
            EntryForm f = new EntryForm();
            f.setPeriodId(periodId);
            f.setFieldId(1L);
            f.setLevelId(24L);
            f.setCategoryId(42L);
            f.setRole(WorkRole.LEAD);
            f.setWhatDone("备份恢复演练");
            f.setAchieved("完成");
            f.setEffect("数据完整");
            EntryDetails created = archive.create(cadreId, f);
            return archive.attach(created.row().id(), List.of(new NewAttachment("证明.pdf", evidence)));
        });
    }

    private CaseDetails openDownCase() {
        long cadreId = jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                order by id desc limit 1""", Long.class);
        return as().call(DemoAccounts.CLERK, () -> {
            OpenCaseForm form = new OpenCaseForm();
            form.setCadreId(cadreId);
            form.setDirection(Direction.DOWN);
            form.setSource(CaseSource.ANNUAL_ASSESSMENT);
            form.setSituationIds(Set.of(cases.situations(true).getFirst().id()));
            form.setSummary("备份恢复演练");
            return cases.open(form);
        });
    }
}
