package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.audit.AccessAction;
import org.cadreportal.audit.AccessFilter;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessRow;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardService;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.report.service.DashboardService;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.NewAttachment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 8, items 2 and 3 on MariaDB with the demo city: for every kind of record, a user of 东安县 (or the
 * cadre, for what cadres own) asking by id for one of another unit gets exactly the answer a missing id
 * gets, and the attempt is in the access log; reads of one record and every export leave their trace.
 */
class CrossScopeIT extends LiveTest {

    /** An id no demo table reaches. */
    private static final long MISSING = 99_999_999L;

    @Autowired
    CadreService cadres;
    @Autowired
    ArchiveService archive;
    @Autowired
    InspectionService inspections;
    @Autowired
    AdjustmentService adjustments;
    @Autowired
    AccusationService accusations;
    @Autowired
    ToleranceService tolerance;
    @Autowired
    SupervisionService supervision;
    @Autowired
    AwardService awards;
    @Autowired
    DashboardService dashboard;
    @Autowired
    AccessLog accessLog;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /**
     * One kind of record: the lookup a detail page (or a download) makes, a record outside the user's reach,
     * and the same lookup for a record that does not exist.
     */
    private record Probe(String type, String user, long outsideId, LongFunction<Object> lookup,
                         Supplier<Object> missing) {

        Probe(String type, String user, long outsideId, LongFunction<Object> lookup) {
            this(type, user, outsideId, lookup, () -> lookup.apply(MISSING));
        }
    }

    @TestFactory
    Stream<DynamicTest> anotherUnitsRecordIsAnsweredLikeAMissingOneAndTheAttemptIsLogged() {
        String x01 = DemoAccounts.COUNTY_CLERK;
        long entryOfAnotherCadre = id("""
                select min(e.id) from achievement_entries e
                where e.cadre_id <> (select cadre_id from user_accounts where username = ?)""", DemoAccounts.CADRE);
        long itemOfOthers = id("""
                select min(i.id) from supervision_items i where not exists (select 1 from supervision_item_cadres c
                where c.item_id = i.id and c.cadre_id = (select cadre_id from user_accounts where username = ?))""",
                DemoAccounts.CADRE);
        long outsideEntry = outside("achievement_entries x join cadres k on k.id = x.cadre_id", "k.unit_id");
        long outsideCase = outside("adjustment_cases x", "x.unit_id");
        long outsideAccusation = outside("accusation_cases x", "x.unit_id");
        long outsideApplication = outside("tolerance_applications x", "x.unit_id");
        long outsideItem = outside("supervision_items x", "x.lead_unit_id");
        long[] evidence = outsideEvidence();
        List<Probe> probes = List.of(
                new Probe(AccessTypes.CADRE, x01, outside("cadres x", "x.unit_id"), cadres::open),
                new Probe(AccessTypes.CADRE, x01, outside("cadres x", "x.unit_id"), cadres::history),
                new Probe(AccessTypes.ARCHIVE_ENTRY, x01, outsideEntry, archive::get),
                new Probe(AccessTypes.ARCHIVE_ENTRY, DemoAccounts.CADRE, entryOfAnotherCadre, archive::get),
                new Probe(AccessTypes.INSPECTION, x01, outside("frontline_inspections x", "x.unit_id"),
                        inspections::get),
                new Probe(AccessTypes.ADJUSTMENT_CASE, x01, outsideCase, adjustments::get),
                new Probe(AccessTypes.ACCUSATION_CASE, x01, outsideAccusation, accusations::get),
                new Probe(AccessTypes.TOLERANCE_APPLICATION, x01, outsideApplication, tolerance::get),
                new Probe(AccessTypes.DISCIPLINE_RECORD, x01, outside("discipline_records x", "x.unit_id"),
                        tolerance::discipline),
                new Probe(AccessTypes.SUPERVISION_ITEM, x01, outsideItem, supervision::get),
                new Probe(AccessTypes.SUPERVISION_ITEM, DemoAccounts.CADRE, itemOfOthers, supervision::get),
                new Probe(AccessTypes.AWARD, x01, outside("award_records x", "x.unit_id"), awards::get),
                // Files, logged by their own id: a real evidence file of another unit's entry; for the cases
                // (the demo has no step files) any file id under another unit's case is refused the same way.
                new Probe(AccessTypes.ATTACHMENT, x01, evidence[1], id -> archive.attachment(evidence[0], id),
                        () -> archive.attachment(MISSING, MISSING)),
                new Probe(AccessTypes.ATTACHMENT, x01, MISSING - 1, id -> adjustments.attachment(outsideCase, id),
                        () -> adjustments.attachment(MISSING, MISSING)),
                new Probe(AccessTypes.ATTACHMENT, x01, MISSING - 2, id -> accusations.attachment(outsideAccusation,
                        id), () -> accusations.attachment(MISSING, MISSING)),
                new Probe(AccessTypes.ATTACHMENT, x01, MISSING - 3, id -> tolerance.attachment(outsideApplication,
                        id), () -> tolerance.attachment(MISSING, MISSING)),
                new Probe(AccessTypes.ATTACHMENT, x01, MISSING - 4, id -> supervision.attachment(outsideItem, id),
                        () -> supervision.attachment(MISSING, MISSING)));
        return probes.stream().map(p -> DynamicTest.dynamicTest(p.type() + " #" + p.outsideId() + " as " + p.user(),
                () -> answeredLikeMissingAndLogged(p)));
    }

    private void answeredLikeMissingAndLogged(Probe p) {
        long deniedBefore = count(AccessAction.DENIED, p.type(), p.user(), p.outsideId());
        Throwable missing = catchThrowable(() -> as(p.user(), p.missing()));
        Throwable outside = catchThrowable(() -> as(p.user(), () -> p.lookup().apply(p.outsideId())));

        assertThat(missing).isExactlyInstanceOf(RecordNotFoundException.class);
        assertThat(outside).as("another unit's record").isExactlyInstanceOf(RecordNotFoundException.class)
                .hasMessage(missing.getMessage());
        assertThat(((PortalException) outside).messageKey()).isEqualTo(((PortalException) missing).messageKey())
                .isEqualTo("error.notFound");
        assertThat(count(AccessAction.DENIED, p.type(), p.user(), p.outsideId())).as("the attempt is logged")
                .isEqualTo(deniedBefore + 1);
        assertThat(count(AccessAction.DENIED, p.type(), p.user(), MISSING)).as("a missing id is no attempt")
                .isZero();
    }

    @Test
    void theAdministratorFindsARefusalInTheLogByUserActionTypeAndDay() {
        long outsideCase = outside("adjustment_cases x", "x.unit_id");
        catchThrowable(() -> as(DemoAccounts.COUNTY_CLERK, () -> adjustments.get(outsideCase)));
        LocalDate today = LocalDate.now(clock);
        AccessFilter filter = new AccessFilter(DemoAccounts.COUNTY_CLERK_NAME, AccessTypes.ADJUSTMENT_CASE, outsideCase,
                AccessAction.DENIED, today, today);
        List<AccessRow> rows = as(DemoAccounts.ADMIN, () -> accessLog.page(filter, PageRequest.of(0, 50)).getContent());
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.username()).isEqualTo(DemoAccounts.COUNTY_CLERK);
            assertThat(r.action()).isEqualTo(AccessAction.DENIED);
            assertThat(r.recordType()).isEqualTo(AccessTypes.ADJUSTMENT_CASE);
            assertThat(r.recordId()).isEqualTo(outsideCase);
        });
        List<AccessRow> all = as(DemoAccounts.ADMIN, () -> accessLog.page(AccessFilter.none(), PageRequest.of(0, 200))
                .getContent());
        assertThat(all).extracting(AccessRow::accessedAt).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void openingOneRecordInScopeWorksAndEachDetailReadIsLoggedOnce() {
        String x01 = DemoAccounts.COUNTY_CLERK;
        readLogged(AccessTypes.CADRE, inside("cadres x", "x.unit_id"), cadres::open);
        readLogged(AccessTypes.ARCHIVE_ENTRY, inside("achievement_entries x join cadres k on k.id = x.cadre_id",
                "k.unit_id"), archive::get);
        readLogged(AccessTypes.ADJUSTMENT_CASE, inside("adjustment_cases x", "x.unit_id"), adjustments::get);
        readLogged(AccessTypes.ACCUSATION_CASE, inside("accusation_cases x", "x.unit_id"), accusations::get);
        readLogged(AccessTypes.TOLERANCE_APPLICATION, inside("tolerance_applications x", "x.unit_id"), tolerance::get);
        readLogged(AccessTypes.DISCIPLINE_RECORD, inside("discipline_records x", "x.unit_id"), tolerance::discipline);
        readLogged(AccessTypes.SUPERVISION_ITEM, inside("supervision_items x", "x.lead_unit_id"), supervision::get);

        // The demo cadre's evidence file lies in 东安县: the county clerk downloads it, and that is a read too.
        long evidence = id("""
                select min(a.id) from entry_attachments a join achievement_entries e on e.id = a.entry_id
                where e.cadre_id = (select cadre_id from user_accounts where username = ?)""", DemoAccounts.CADRE);
        long entry = jdbc.queryForObject("select entry_id from entry_attachments where id = ?", Long.class, evidence);
        readLogged(AccessTypes.ATTACHMENT, evidence, id -> archive.attachment(entry, id).content());

        // No detail page of their own, so no read to log, but in scope they are found.
        long award = inside("award_records x", "x.unit_id");
        assertThat(as(x01, () -> awards.get(award)).id()).isEqualTo(award);
        long inspection = inside("frontline_inspections x", "x.unit_id");
        assertThat(as(x01, () -> inspections.get(inspection)).id()).isEqualTo(inspection);

        // Internal lookups (a cadre's history tab, another feature checking a cadre) are not reads of a page.
        long cadre = inside("cadres x", "x.unit_id");
        long reads = count(AccessAction.READ, AccessTypes.CADRE, x01, cadre);
        as(x01, () -> cadres.get(cadre));
        as(x01, () -> cadres.history(cadre));
        assertThat(count(AccessAction.READ, AccessTypes.CADRE, x01, cadre)).isEqualTo(reads);
    }

    private void readLogged(String type, long id, LongFunction<Object> lookup) {
        long before = count(AccessAction.READ, type, DemoAccounts.COUNTY_CLERK, id);
        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> lookup.apply(id))).as(type + " #" + id).isNotNull();
        assertThat(count(AccessAction.READ, type, DemoAccounts.COUNTY_CLERK, id)).as(type + " #" + id + " read")
                .isEqualTo(before + 1);
        assertThat(count(AccessAction.DENIED, type, DemoAccounts.COUNTY_CLERK, id)).isZero();
    }

    @Test
    void everyExportLeavesAnExportRow() {
        String x01 = DemoAccounts.COUNTY_CLERK;
        long cadre = inside("cadres x", "x.unit_id");
        long adjustmentCase = inside("adjustment_cases x", "x.unit_id");
        exportLogged(x01, AccessTypes.CADRE, out -> cadres.exportExcel(CadreFilter.active(), out));
        exportLogged(x01, AccessTypes.ARCHIVE_ENTRY, out -> archive.exportExcel(EntryFilter.all(), out,
                ExportProgress.NONE));
        exportLogged(x01, AccessTypes.ARCHIVE_ENTRY, out -> {
            List<PeriodRow> periods = archive.periods();
            archive.exportPdf(cadre, periods.getLast().id(), periods.getFirst().id(), out);
        });
        exportLogged(x01, AccessTypes.ADJUSTMENT_CASE, out -> adjustments.exportExcel(CaseFilter.all(), out));
        exportLogged(x01, AccessTypes.ADJUSTMENT_CASE, out -> adjustments.writePdf(adjustmentCase, out));
        exportLogged(x01, AccessTypes.ACCUSATION_CASE, out -> accusations.exportExcel(AccusationFilter.none(), out));
        exportLogged(x01, AccessTypes.TOLERANCE_APPLICATION, out -> tolerance.exportExcel(ApplicationFilter.all(),
                out));
        exportLogged(x01, AccessTypes.AWARD, out -> awards.exportExcel(AwardFilter.of(AwardKind.AWARD), out));
        exportLogged(x01, AccessTypes.DASHBOARD, out -> dashboard.exportRecords(
                dashboard.definitions().getFirst().key(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null,
                "看板", List.of("日期", "事项", "单位", "说明", "链接"), out));
        // The county clerk may not export supervision items; the supervision office may.
        exportLogged(DemoAccounts.SUPERVISION, AccessTypes.SUPERVISION_ITEM,
                out -> supervision.exportExcel(ItemFilter.all(), out));
    }

    private void exportLogged(String user, String type, Consumer<ByteArrayOutputStream> export) {
        String sql = "select count(*) from access_log where action = 'EXPORT' and record_type = ? and username = ?";
        long before = jdbc.queryForObject(sql, Long.class, type, user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(user, () -> {
            export.accept(out);
            return null;
        });
        assertThat(out.size()).as(type + " file written").isPositive();
        assertThat(jdbc.queryForObject(sql, Long.class, type, user)).as(type + " export logged").isEqualTo(before + 1);
    }

    // --- demo records ------------------------------------------------------------------------

    private String county() {
        return jdbc.queryForObject("select path from units where code = ?", String.class, DemoAccounts.COUNTY_CODE);
    }

    /** The first record of a table whose unit is outside 东安县. */
    private long outside(String from, String unitColumn) {
        return id("select min(x.id) from " + from + " join units u on u.id = " + unitColumn
                + " where u.path not like concat(?, '%')", county());
    }

    /** The first record of a table whose unit is inside 东安县. */
    private long inside(String from, String unitColumn) {
        return id("select min(x.id) from " + from + " join units u on u.id = " + unitColumn
                + " where u.path like concat(?, '%')", county());
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        assertThat(id).as("the demo data has a record for: " + sql).isNotNull();
        return id;
    }

    /** An evidence file of another unit's entry, filed (as the city clerk would) for this test: entry id, file id. */
    private long[] outsideEvidence() {
        long cadreId = id("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.path not like concat(?, '%')""", county());
        LocalDate today = LocalDate.now(clock);
        long periodId = as(DemoAccounts.ADMIN, () -> {
            PeriodForm f = new PeriodForm();
            f.setNameZh("越权测试周期" + System.nanoTime());
            f.setNameEn("Cross-scope test " + System.nanoTime());
            f.setStartsOn(today.minusDays(30));
            f.setEndsOn(today.plusDays(30));
            f.setDeadline(today.plusDays(40));
            f.setCategories(EnumSet.allOf(CadreCategory.class));
            return archive.savePeriod(null, null, f).id();
        });
        EntryDetails filed = as(DemoAccounts.CLERK, () -> {
            EntryForm f = new EntryForm();
            f.setPeriodId(periodId);
            f.setFieldId(archive.terms(TermKind.FIELD, true).getFirst().id());
            f.setLevelId(archive.terms(TermKind.LEVEL, true).getFirst().id());
            f.setCategoryId(archive.terms(TermKind.CATEGORY, true).getFirst().id());
            f.setRole(WorkRole.LEAD);
            f.setWhatDone("越权访问测试");
            f.setAchieved("完成");
            f.setEffect("留痕");
            EntryDetails created = archive.create(cadreId, f);
            return archive.attach(created.row().id(), List.of(new NewAttachment("证明.pdf",
                    "%PDF-1.4 越权".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        });
        return new long[] {filed.row().id(), filed.attachments().getFirst().id()};
    }

    private long count(AccessAction action, String type, String user, long recordId) {
        return jdbc.queryForObject("select count(*) from access_log where action = ? and record_type = ?"
                + " and username = ? and record_id = ?", Long.class, action.name(), type, user, recordId);
    }

    private <T> T as(String user, Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }
}
