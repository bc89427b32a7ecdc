package org.cadreportal.it;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.adjustment.StepInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.inspection.InspectedCadre;
import org.cadreportal.inspection.InspectionForm;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.inspection.PoolFilter;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.PoolStatus;
import org.cadreportal.inspection.Recommendation;
import org.cadreportal.inspection.ReservePoolService;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.service.DashboardService;
import org.cadreportal.security.Role;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB: 后备干部 from 一线识别 and 能下能再上. A PROMOTE recommendation puts the cadre in the reserve
 * pool; a 上 case opened from the entry has source 一线识别 and references the recommendation; only its
 * decision counts in 一线提拔使用 (not while undecided, never a 下); a 上 inside a 下's impact period needs a
 * reason or is barred by the situation's rule; a county clerk does not see another unit's entries.
 */
class ReservePoolIT extends LiveTest {

    private static final String PROMOTED = "inspection.promoted";
    private static final List<String> MEMBERS = List.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2,
            DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5);

    @Autowired
    ReservePoolService pool;

    @Autowired
    InspectionService inspections;

    @Autowired
    AdjustmentService cases;

    @Autowired
    DashboardService dashboard;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    /** An active cadre outside the county X01, with no case and no pool entry yet. */
    private long[] freshCadreOutsideTheCounty(int offset) {
        return jdbc.queryForObject("""
                select c.id, c.unit_id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.path not like concat((select path from units where code = ?), '%')
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from reserve_pool p where p.cadre_id = c.id)
                order by c.id desc limit 1 offset ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, DemoAccounts.COUNTY_CODE, offset);
    }

    private String nameOf(long cadreId) {
        return jdbc.queryForObject("select name from cadres where id = ?", String.class, cadreId);
    }

    private InspectionRow recommend(long cadreId, long unitId, Recommendation recommendation, String finding) {
        InspectionForm form = inspection(cadreId, unitId, recommendation, finding);
        return as().call(DemoAccounts.CLERK, () -> inspections.save(null, null, form));
    }

    private InspectionForm inspection(long cadreId, long unitId, Recommendation recommendation, String finding) {
        InspectionForm form = new InspectionForm();
        form.setInspectedOn(LocalDate.now(clock).minusDays(3));
        form.setUnitId(unitId);
        form.setTypeId(jdbc.queryForObject("select min(id) from archive_terms where kind = 'FRONTLINE' and active",
                Long.class));
        form.setInspectors("市委组织部考察组（测试）");
        form.setFinding(finding);
        form.setCadres(List.of(new InspectedCadre(cadreId, null, recommendation)));
        return form;
    }

    private PoolRow entryOf(String user, long cadreId) {
        return as().call(user, () -> pool.page(new PoolFilter(nameOf(cadreId), null, null), PageRequest.of(0, 50)))
                .stream().filter(r -> r.cadreId() == cadreId).findFirst().orElse(null);
    }

    private long promotedFigure(LocalDate from, LocalDate to) {
        return as().call(DemoAccounts.COMMITTEE, () -> dashboard.value(PROMOTED, from, to, null)).count();
    }

    private long promotedSql(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select count(*) from adjustment_cases where direction = 'UP'"
                + " and source = 'FRONTLINE' and decision = 'PASSED' and status <> 'TERMINATED'"
                + " and meeting_date between ? and ?", Long.class, from, to);
    }

    @Test
    void aPromoteRecommendationEntersThePoolAndOnlyTheDecidedCaseFromItCountsAsPromoted() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(400);
        long[] cadre = freshCadreOutsideTheCounty(0);
        InspectionRow inspection = recommend(cadre[0], cadre[1], Recommendation.PROMOTE, "在项目攻坚一线表现突出（测试）");

        PoolRow entry = entryOf(DemoAccounts.CLERK, cadre[0]);
        assertThat(entry).as("the recommended cadre is in the pool").isNotNull();
        assertThat(entry.status()).isEqualTo(PoolStatus.OPEN);
        assertThat(entry.sources()).singleElement().satisfies(s -> {
            assertThat(s.inspectionId()).isEqualTo(inspection.id());
            assertThat(s.recommendation()).isEqualTo(Recommendation.PROMOTE);
            assertThat(s.reason()).isEqualTo("在项目攻坚一线表现突出（测试）");
        });
        assertThat(entryOf(DemoAccounts.COMMITTEE, cadre[0])).as("the committee reads the pool").isNotNull();

        // Before: the figure is the decided frontline 上 cases; the demo also holds a decided 下 case from a
        // frontline inspection and an undecided frontline 上 case in this period, and neither counts.
        long before = promotedFigure(from, today);
        assertThat(before).isEqualTo(promotedSql(from, today));
        assertThat(jdbc.queryForObject("select count(*) from adjustment_cases where direction = 'DOWN'"
                + " and source = 'FRONTLINE' and decision = 'PASSED' and meeting_date between ? and ?", Long.class,
                from, today)).as("a decided frontline 下 case in the period").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from adjustment_cases where direction = 'UP'"
                + " and source = 'FRONTLINE' and decision is null and opened_on between ? and ?", Long.class,
                from, today)).as("an undecided frontline 上 case in the period").isPositive();

        PoolRow opened = as().call(DemoAccounts.CLERK, () -> pool.openCase(entry.id(), entry.version(), null));
        assertThat(opened.caseId()).isNotNull();
        CaseDetails c = as().call(DemoAccounts.CLERK, () -> cases.get(opened.caseId()));
        assertThat(c.header().direction()).isEqualTo(Direction.UP);
        assertThat(c.header().source()).isEqualTo(CaseSource.FRONTLINE);
        assertThat(c.header().cadreId()).isEqualTo(cadre[0]);
        assertThat(c.header().origin().referenceLink()).isEqualTo("inspection/" + inspection.id());
        assertThat(c.header().origin().reference()).startsWith("pool.case.reference|");
        assertThat(c.records().getFirst().details()).anySatisfy(d -> {
            assertThat(d.labelKey()).isEqualTo("adjustment.field.reference");
            assertThat(d.value()).contains(Integer.toString(today.minusDays(3).getYear()));
        });
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> pool.openCase(opened.id(), opened.version(), null)))
                .as("one case at a time from an entry").isInstanceOf(PortalException.class)
                .extracting(e -> ((PortalException) e).messageKey()).isEqualTo("pool.error.caseUnderWay");

        c = toDecision(c);
        assertThat(promotedFigure(from, today)).as("undecided: not counted").isEqualTo(before);

        c = decide(c, today);
        assertThat(c.steps().meeting().decision()).isEqualTo("PASSED");
        assertThat(promotedFigure(from, today)).as("decided: counted").isEqualTo(before + 1)
                .isEqualTo(promotedSql(from, today));
        long caseId = c.id();
        List<FigureRecord> drill = as().call(DemoAccounts.COMMITTEE, () -> dashboard.records(PROMOTED, from, today,
                null, PageRequest.of(0, 500))).getContent();
        assertThat(drill).hasSize((int) before + 1).allSatisfy(r -> assertThat(r.link()).startsWith("adjustment/"))
                .anySatisfy(r -> assertThat(r.link()).isEqualTo("adjustment/" + caseId));

        // The adjustment feature's event marks the entry used (after the commit, asynchronously).
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        PoolRow used = entryOf(DemoAccounts.CLERK, cadre[0]);
        while (used.status() != PoolStatus.USED && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            used = entryOf(DemoAccounts.CLERK, cadre[0]);
        }
        assertThat(used.status()).isEqualTo(PoolStatus.USED);
        assertThat(used.usedOn()).isEqualTo(today);
        assertThat(used.caseId()).isEqualTo(caseId);
        assertThat(as().call(DemoAccounts.CLERK, () -> pool.page(new PoolFilter(nameOf(cadre[0]), null,
                PoolStatus.OPEN), PageRequest.of(0, 50)))).noneMatch(r -> r.cadreId() == cadre[0]);
    }

    @Test
    void aLaterRecommendationAddsToTheSameOpenEntry() {
        long[] cadre = freshCadreOutsideTheCounty(1);
        InspectionRow first = recommend(cadre[0], cadre[1], Recommendation.PRIORITY_USE, "第一次推荐（测试）");
        InspectionRow second = recommend(cadre[0], cadre[1], Recommendation.PROMOTE, "第二次推荐（测试）");
        recommend(cadre[0], cadre[1], Recommendation.WATCH, "仅关注，不入库（测试）");
        assertThat(jdbc.queryForObject("select count(*) from reserve_pool where cadre_id = ?", Long.class, cadre[0]))
                .isEqualTo(1);
        PoolRow entry = entryOf(DemoAccounts.CLERK, cadre[0]);
        assertThat(entry.sources()).extracting(PoolRow.Source::inspectionId)
                .containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void anInspectionEditedWithoutTheVersionItWasOpenedAtIsRefusedAsStaleAndKeepsItsFinding() {
        long[] cadre = freshCadreOutsideTheCounty(1);
        InspectionRow saved = recommend(cadre[0], cadre[1], Recommendation.WATCH, "原考察结论（测试）");
        InspectionForm edit = inspection(cadre[0], cadre[1], Recommendation.WATCH, "无版本的修改（测试）");
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> inspections.save(saved.id(), null, edit)))
                .isInstanceOf(StaleDataException.class);
        assertThat(jdbc.queryForObject("select finding from frontline_inspections where id = ?", String.class,
                saved.id())).isEqualTo("原考察结论（测试）");
    }

    @Test
    void aMoveUpInsideTheImpactPeriodNeedsAReasonOrIsBarredByTheSituationsRule() {
        LocalDate today = LocalDate.now(clock);
        // The demo's completed 下 cases: one whose situations allow a reasoned 上, one barred (执行组织纪律).
        Long withReason = cadreInImpact(today, false);
        Long barred = cadreInImpact(today, true);
        assertThat(withReason).as("a demo cadre moved down for a situation that allows a reasoned 上").isNotNull();
        assertThat(barred).as("a demo cadre moved down for a situation that bars a 上").isNotNull();

        assertThatThrownBy(() -> openUp(withReason, null)).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo("impactReason");
            assertThat(e.messageKey()).isEqualTo("adjustment.error.impactReasonRequired");
        });
        assertThatThrownBy(() -> openUp(withReason, "  ")).isInstanceOf(FieldException.class);
        String reason = "影响期内表现突出，在防汛抢险中担当作为，经研究拟重新使用（测试）";
        CaseDetails opened = openUp(withReason, reason);
        assertThat(opened.header().origin().impactReason()).isEqualTo(reason);
        assertThat(opened.records().getFirst().details()).anySatisfy(d -> {
            assertThat(d.labelKey()).isEqualTo("adjustment.field.impactReason");
            assertThat(d.value()).isEqualTo(reason);
        });
        assertThat(jdbc.queryForObject("select impact_reason from adjustment_cases where id = ?", String.class,
                opened.id())).isEqualTo(reason);

        assertThatThrownBy(() -> openUp(barred, reason)).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo("cadreId");
            assertThat(e.messageKey()).isEqualTo("adjustment.error.impactBarred");
        });
    }

    @Test
    void aTerminatedCaseFromThePoolPutsTheCadreBackForAnotherCase() throws Exception {
        long[] cadre = freshCadreOutsideTheCounty(3);
        recommend(cadre[0], cadre[1], Recommendation.PRIORITY_USE, "终止后仍在库（测试）");
        PoolRow entry = entryOf(DemoAccounts.CLERK, cadre[0]);
        PoolRow opened = as().call(DemoAccounts.CLERK, () -> pool.openCase(entry.id(), entry.version(), null));
        assertThat(opened.mayOpenCase()).isFalse();
        CaseDetails c = as().call(DemoAccounts.CLERK, () -> cases.get(opened.caseId()));
        as().call(DemoAccounts.CLERK, () -> cases.terminate(c.id(), c.version(), "经研究暂不提拔（测试）"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        PoolRow back = entryOf(DemoAccounts.CLERK, cadre[0]);
        while (!back.mayOpenCase() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            back = entryOf(DemoAccounts.CLERK, cadre[0]);
        }
        assertThat(back.mayOpenCase()).isTrue();
        assertThat(back.caseId()).isNull();
        PoolRow again = back;
        assertThat(as().call(DemoAccounts.CLERK, () -> pool.openCase(again.id(), again.version(), null)).caseId())
                .isNotNull().isNotEqualTo(opened.caseId());
    }

    @Test
    void anotherUnitsPoolEntryIsInvisible() throws Exception {
        long[] cadre = freshCadreOutsideTheCounty(2);
        recommend(cadre[0], cadre[1], Recommendation.PROMOTE, "另一单位的推荐（测试）");
        PoolRow entry = entryOf(DemoAccounts.CLERK, cadre[0]);
        assertThat(entry).isNotNull();

        assertThat(entryOf(DemoAccounts.COUNTY_CLERK, cadre[0])).isNull();
        assertThatThrownBy(() -> as().call(DemoAccounts.COUNTY_CLERK,
                () -> pool.openCase(entry.id(), entry.version(), null))).isInstanceOf(RecordNotFoundException.class);
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        List<PoolRow> seen = as().call(DemoAccounts.COUNTY_CLERK, () -> pool.page(PoolFilter.all(),
                PageRequest.of(0, 500)));
        long inCounty = jdbc.queryForObject("""
                select count(*) from reserve_pool p join cadres c on c.id = p.cadre_id join units u on u.id = c.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        assertThat(seen).hasSize((int) inCounty);
        assertThat(as().call(DemoAccounts.COUNTY_CLERK, () -> pool.count(PoolFilter.all()))).isEqualTo(inCounty)
                .isLessThan(as().call(DemoAccounts.CLERK, () -> pool.count(PoolFilter.all())));

        // The Excel export holds the same entries: the county's for the county clerk, every one for the city.
        assertThat(exportedRows(DemoAccounts.COUNTY_CLERK)).isEqualTo(inCounty);
        assertThat(exportedRows(DemoAccounts.CLERK)).isEqualTo(
                jdbc.queryForObject("select count(*) from reserve_pool", Long.class));
    }

    private long exportedRows(String user) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        as().call(user, () -> {
            pool.exportExcel(PoolFilter.all(), out);
            return null;
        });
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            return book.getSheetAt(0).getPhysicalNumberOfRows() - 1L;
        }
    }

    /** A cadre with a completed 下 case whose impact period runs, barred or not by its situations. */
    private Long cadreInImpact(LocalDate today, boolean barred) {
        return jdbc.query("""
                select a.cadre_id from adjustment_cases a where a.direction = 'DOWN' and a.impact_until >= ?
                and %s exists (select 1 from adjustment_case_situations cs join adjustment_situations s
                    on s.id = cs.situation_id where cs.case_id = a.id and s.promotion_in_impact = 'BARRED')
                order by a.id""".formatted(barred ? "" : "not"), rs -> rs.next() ? rs.getLong(1) : null, today);
    }

    private CaseDetails openUp(long cadreId, String impactReason) {
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(cadreId);
        form.setDirection(Direction.UP);
        form.setSource(CaseSource.OTHER);
        form.setSummary("影响期内拟重新使用（测试）");
        form.setImpactReason(impactReason);
        return as().call(DemoAccounts.CLERK, () -> cases.open(form));
    }

    /** Completes the steps before 讨论决定, each by the role it names. */
    private CaseDetails toDecision(CaseDetails c) {
        while (!StepForms.DECISION.equals(c.currentStep().form())) {
            CaseDetails at = c;
            StepDefinition step = c.currentStep();
            StepInput input = switch (StepInput.of(step)) {
                case StepInput.Proposal proposalIn -> new StepInput.Proposal(null, "县发展和改革局局长", CadreRank.SECTION_HEAD);
                case StepInput.Consultation consultationIn -> new StepInput.Consultation("未发现影响使用的廉政问题（测试）");
                case StepInput other -> other;
            };
            c = as().call(actor(step), () -> cases.completeStep(at.id(), at.version(), input,
                    StepNote.of("同意（测试）")));
        }
        return c;
    }

    private CaseDetails decide(CaseDetails c, LocalDate today) {
        long id = c.id();
        CaseDetails met = as().call(DemoAccounts.COMMITTEE, () -> cases.setUpMeeting(id, c.version(),
                new MeetingForm(today, Set.copyOf(MEMBERS), Set.copyOf(MEMBERS))));
        for (String member : MEMBERS) {
            as().call(member, () -> cases.castVote(id, Vote.AGREE));
        }
        CaseDetails voted = as().call(DemoAccounts.COMMITTEE, () -> cases.get(id));
        return as().call(DemoAccounts.COMMITTEE, () -> cases.completeStep(id, voted.version(), new StepInput.Decision(),
                StepNote.none()));
    }

    private static String actor(StepDefinition step) {
        return step.role() == Role.DISCIPLINE ? DemoAccounts.DISCIPLINE
                : step.role() == Role.COMMITTEE ? DemoAccounts.COMMITTEE : DemoAccounts.CLERK;
    }
}
