package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.Scores;
import org.cadreportal.base.ExportCancelledException;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.EntryForms;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** On MariaDB: the archive grid's filters, keyword search and scope, locking of reviews, and big exports. */
class ArchiveIT extends LiveTest {

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private long periodId;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @BeforeEach
    void period() {
        String name = "集成测试周期";
        Long existing = jdbc.query("select id from filing_periods where name_zh = ?", rs -> rs.next() ? rs.getLong(1)
                : null, name);
        if (existing != null) {
            periodId = existing;
            return;
        }
        PeriodForm f = new PeriodForm();
        f.setNameZh(name);
        f.setNameEn("IT period");
        f.setStartsOn(LocalDate.now().minusDays(60));
        f.setEndsOn(LocalDate.now().plusDays(30));
        f.setDeadline(LocalDate.now().plusDays(40));
        f.setCategories(EnumSet.allOf(CadreCategory.class));
        periodId = as().call(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
    }

    private long cadreIn(String countyCode, int offset) {
        return jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like ? order by c.id limit 1 offset ?""", Long.class,
                countyCode + "%", offset);
    }

    private EntryDetails file(long cadreId, long fieldId, String whatDone, String achieved, String effect) {
        EntryForm f = EntryForms.lead(periodId, fieldId, whatDone, achieved, effect);
        return as().call(DemoAccounts.CLERK, () -> archive.create(cadreId, f));
    }

    private List<EntryRow> page(String user, EntryFilter filter) {
        return as().call(user, () -> archive.page(filter, PageRequest.of(0, 500)));
    }

    private long count(String user, EntryFilter filter) {
        return as().call(user, () -> archive.count(filter));
    }

    @Test
    void keywordSearchLooksInAllThreeTextsAndTakesWildcardsLiterally() {
        String tag = "检索" + System.nanoTime();
        long a = file(cadreIn("X01", 1), 3, tag + "推进农村公路", "完成", "好").row().id();
        long b = file(cadreIn("X01", 2), 3, "建设冷链仓储", "建成" + tag, "好").row().id();
        long c = file(cadreIn("X02", 1), 5, "化解信访积案", "化解", "满意率100%" + tag).row().id();
        file(cadreIn("X02", 2), 5, "化解信访积案", "化解", "满意率100" + tag + "0%");

        EntryFilter byTag = new EntryFilter(tag, null, null, null, null, null, null, null);
        assertThat(page(DemoAccounts.CLERK, byTag)).extracting(EntryRow::id).contains(a, b, c).hasSize(4);
        assertThat(count(DemoAccounts.CLERK, byTag)).isEqualTo(4);
        EntryFilter percent = new EntryFilter("100%" + tag, null, null, null, null, null, null, null);
        assertThat(page(DemoAccounts.CLERK, percent)).extracting(EntryRow::id).containsExactly(c);
    }

    @Test
    void unitFieldAndPeriodFiltersAndTheUsersScopeNarrowInTheDatabase() {
        String tag = "筛选" + System.nanoTime();
        long x01 = file(cadreIn("X01", 3), 4, tag, "处置", "无伤亡").row().id();
        long x02 = file(cadreIn("X02", 3), 4, tag, "处置", "无伤亡").row().id();
        long otherField = file(cadreIn("X01", 4), 6, tag, "治理", "达标").row().id();
        long county = jdbc.queryForObject("select id from units where code = 'X01'", Long.class);

        EntryFilter field = new EntryFilter(tag, county, periodId, 4L, null, null, null, null);
        assertThat(page(DemoAccounts.CLERK, field)).extracting(EntryRow::id).containsExactly(x01);
        EntryFilter anyField = new EntryFilter(tag, null, periodId, null, null, null, EntryStatus.DRAFT, null);
        assertThat(page(DemoAccounts.CLERK, anyField)).extracting(EntryRow::id)
                .containsExactlyInAnyOrder(x01, x02, otherField);
        assertThat(page(DemoAccounts.COUNTY_CLERK, anyField)).as("the county clerk's scope is the county")
                .extracting(EntryRow::id).containsExactlyInAnyOrder(x01, otherField);
        assertThat(count(DemoAccounts.COUNTY_CLERK, anyField)).isEqualTo(2);
        EntryFilter everything = new EntryFilter(null, null, null, null, null, null, EntryStatus.ACCEPTED, null);
        List<EntryRow> oldest = as().call(DemoAccounts.CLERK, () -> archive.page(everything,
                PageRequest.of(0, 50, Sort.by(Sort.Order.asc("submittedAt")))));
        assertThat(oldest).hasSize(50).extracting(EntryRow::submittedAt).isSorted();
        assertThat(oldest.getFirst().submittedAt()).isEqualTo(jdbc.queryForObject(
                "select min(submitted_at) from achievement_entries where status = 'ACCEPTED'", java.time.LocalDateTime.class));
    }

    /** Finding 6 of the outside test: the clerk who files on a cadre's behalf never reviews the entry. */
    @Test
    void aClerkCannotReviewAnEntryHeFiledOrSubmittedAnotherClerkCan() {
        EntryDetails d = file(cadreIn("X01", 12), 2, "双人复核测试", "完成", "好");
        EntryDetails submitted = as().call(DemoAccounts.CLERK, () -> archive.submit(d.row().id(), d.version()));
        assertThat(submitted.canReview()).as("the filer is not offered the review").isFalse();
        for (boolean accept : new boolean[] {true, false}) {
            assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> accept
                    ? archive.accept(d.row().id(), submitted.version(), new Scores(5, 5, 5, 5))
                    : archive.returnEntry(d.row().id(), submitted.version(), "自己退回", Scores.none())))
                    .isInstanceOf(org.cadreportal.base.PortalException.class)
                    .extracting(e -> ((org.cadreportal.base.PortalException) e).messageKey())
                    .isEqualTo("archive.error.fourEyes");
        }
        assertThat(jdbc.queryForObject("select status from achievement_entries where id = ?", String.class,
                d.row().id())).as("nothing changed").isEqualTo("SUBMITTED");
        EntryDetails seen = as().call(DemoAccounts.COUNTY_CLERK, () -> archive.get(d.row().id()));
        assertThat(seen.canReview()).isTrue();
        EntryDetails accepted = as().call(DemoAccounts.COUNTY_CLERK,
                () -> archive.accept(d.row().id(), seen.version(), new Scores(5, 4, 4, 4)));
        assertThat(accepted.row().status()).isEqualTo(EntryStatus.ACCEPTED);
        assertThat(accepted.reviewerName()).isEqualTo(DemoAccounts.COUNTY_CLERK_NAME);
    }

    @Test
    void twoClerksReviewingTheSameVersionCannotBothWin() throws Exception {
        // Filed and submitted by a third clerk, so that both demo clerks may review it (four eyes).
        String filer = thirdClerk();
        EntryForm form = EntryForms.lead(periodId, 1L, "锁定测试", "完成", "好");
        long cadre = cadreIn("X01", 5);
        EntryDetails d = as().call(filer, () -> archive.create(cadre, form));
        EntryDetails submitted = as().call(filer, () -> archive.submit(d.row().id(), d.version()));
        List<Object> outcomes = Race.run(List.of(
                () -> review(DemoAccounts.CLERK, submitted, true),
                () -> review(DemoAccounts.COUNTY_CLERK, submitted, false)));
        assertThat(outcomes).containsOnlyOnce("won").containsOnlyOnce("stale");
        assertThat(jdbc.queryForObject("select count(*) from entry_transitions where entry_id = ? and to_status in"
                + " ('ACCEPTED', 'RETURNED')", Integer.class, d.row().id())).isEqualTo(1);
        EntryDetails now = as().call(DemoAccounts.CLERK, () -> archive.get(d.row().id()));
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> archive.accept(d.row().id(), submitted.version(),
                Scores.none()))).as("a second look at the old version is refused too").isInstanceOf(
                StaleDataException.class);
        assertThat(now.row().status()).isIn(EntryStatus.ACCEPTED, EntryStatus.RETURNED);
    }

    @Autowired
    org.cadreportal.security.UserAdminService userAdmin;

    private String thirdClerk() {
        String username = "it_filer";
        if (jdbc.queryForObject("select count(*) from user_accounts where username = ?", Integer.class, username) == 0) {
            org.cadreportal.security.UserForm f = new org.cadreportal.security.UserForm();
            f.setUsername(username);
            f.setDisplayName("代填测试");
            f.setRoles(EnumSet.of(org.cadreportal.security.Role.CLERK));
            f.setScopeUnitId(jdbc.queryForObject("select id from units where parent_id is null", Long.class));
            as().call(DemoAccounts.ADMIN, () -> userAdmin.create(f, "third clerk files entries"));
        }
        return username;
    }

    private String review(String clerk, EntryDetails seen, boolean accept) {
        try {
            as().call(clerk, () -> accept ? archive.accept(seen.row().id(), seen.version(), new Scores(4, 4, 3, 4))
                    : archive.returnEntry(seen.row().id(), seen.version(), "请补充材料", Scores.none()));
            return "won";
        } catch (StaleDataException e) {
            return "stale";
        }
    }

    @Test
    void anExportOfOverAHundredThousandRowsIsCompleteAndCanBeCancelled() throws IOException {
        long cadre = cadreIn("X01", 6);
        int rows = 101_000;
        long bigPeriod = as().call(DemoAccounts.ADMIN, () -> {
            PeriodForm f = new PeriodForm();
            f.setNameZh("导出测试周期" + System.nanoTime());
            f.setNameEn("Export test");
            f.setStartsOn(LocalDate.of(2020, 1, 1));
            f.setEndsOn(LocalDate.of(2020, 3, 31));
            f.setDeadline(LocalDate.of(2020, 4, 15));
            return archive.savePeriod(null, null, f).id();
        });
        long firstId = 900_000_000L;
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[]{firstId + i, cadre, bigPeriod, "导出第" + i + "条：推进重点项目建设"});
        }
        jdbc.batchUpdate("""
                insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                cadre_role, what_done, achieved, effect, status, late) values (?, 0, ?, ?, 1, 23, 41, 'LEAD', ?,
                '完成', '好', 'ACCEPTED', false)""", batch);
        try {
            EntryFilter filter = new EntryFilter(null, null, bigPeriod, null, null, null, null, null);
            AtomicLong lastTotal = new AtomicLong();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            as().call(DemoAccounts.CLERK, () -> {
                archive.exportExcel(filter, out, (done, total) -> {
                    lastTotal.set(total);
                    return true;
                });
                return null;
            });
            assertThat(lastTotal.get()).isEqualTo(rows);
            String sheet = sheetXml(out.toByteArray());
            assertThat(occurrences(sheet, "<row ")).as("header plus every row").isEqualTo(rows + 1);
            assertThat(sheet).contains("导出第0条", "导出第" + (rows - 1) + "条");

            AtomicLong pages = new AtomicLong();
            ExportProgress stopAfterTwoPages = (done, total) -> pages.incrementAndGet() < 2;
            assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> {
                archive.exportExcel(filter, new ByteArrayOutputStream(), stopAfterTwoPages);
                return null;
            })).isInstanceOf(ExportCancelledException.class);
            assertThat(pages.get()).isEqualTo(2);
        } finally {
            jdbc.update("delete from achievement_entries where period_id = ?", bigPeriod);
        }
    }

    /** The first sheet's XML, read through the zip's central directory as Excel reads it. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
