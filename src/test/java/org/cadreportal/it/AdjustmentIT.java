package org.cadreportal.it;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.adjustment.StepInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.ProbationResult;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ItemEscalated;
import org.cadreportal.supervision.Rung;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Race;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.NewAttachment;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** On MariaDB: concurrent moves on one case have one winner, concurrent votes all land, events open cases. */
class AdjustmentIT extends LiveTest {

    private static final List<String> MEMBERS = List.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2,
            DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5);

    @Autowired
    AdjustmentService cases;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    java.time.Clock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private CaseRow openAt(String stepCode) {
        return as().call(DemoAccounts.CLERK, () -> cases.page(
                new CaseFilter(null, null, stepCode, CaseStatus.OPEN, null, null, false), PageRequest.of(0, 1))
                .getContent().getFirst());
    }

    @Test
    void twoDisciplineOfficersCompletingTheSameStepAtOnceHaveOneWinner() throws Exception {
        CaseRow row = openAt("CONSULT");
        CaseDetails before = as().call(DemoAccounts.DISCIPLINE, () -> cases.get(row.id()));
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String opinion = "未发现影响使用的廉政问题（" + i + "）";
            tasks.add(() -> as().call(DemoAccounts.DISCIPLINE, () -> {
                return cases.completeStep(row.id(), before.version(), new StepInput.Consultation(opinion),
                        StepNote.none());
            }));
        }
        List<Object> results = Race.run(tasks);

        assertThat(results).filteredOn(CaseDetails.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(r -> !(r instanceof CaseDetails)).hasSize(3)
                .allSatisfy(r -> {
                    assertThat(r).isInstanceOf(StaleDataException.class);
                    StaleDataException stale = (StaleDataException) r;
                    assertThat(stale.messageKey()).isEqualTo("adjustment.error.changed");
                    assertThat(stale.args()[0]).isEqualTo(DemoAccounts.DISCIPLINE_NAME);
                });
        // The step was taken once: one record, and the case moved one step.
        assertThat(jdbc.queryForObject("select count(*) from step_records where case_type = 'ADJUSTMENT'"
                + " and case_id = ? and ordinal = ? and outcome = 'COMPLETED'", Long.class, row.id(),
                before.standing().currentOrdinal())).isEqualTo(1);
        CaseDetails after = as().call(DemoAccounts.DISCIPLINE, () -> cases.get(row.id()));
        assertThat(after.standing().currentOrdinal()).isEqualTo(before.standing().currentOrdinal() + 1);
    }

    /** A fresh "down" case for a cadre without one, opened by the clerk (so standing on step 2). */
    private CaseDetails openDownCase(int cadreOffset) {
        long cadreId = jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                order by id limit 1 offset ?""", Long.class, cadreOffset);
        return as().call(DemoAccounts.CLERK, () -> {
            OpenCaseForm form = new OpenCaseForm();
            form.setCadreId(cadreId);
            form.setDirection(Direction.DOWN);
            form.setSource(CaseSource.ANNUAL_ASSESSMENT);
            form.setSituationIds(Set.of(cases.situations(true).getFirst().id()));
            form.setSummary("年度考核结果较差");
            return cases.open(form);
        });
    }

    /** A fresh "down" case taken through steps 1–7 by the clerk and the discipline officer. */
    private long caseAtDecision(int cadreOffset) {
        CaseDetails opened = openDownCase(cadreOffset);
        long id = as().call(DemoAccounts.CLERK, () -> {
            CaseDetails c = opened;
            c = cases.completeStep(c.id(), c.version(), new StepInput.Opinion(Set.of()), StepNote.of("研判意见"));
            c = cases.completeStep(c.id(), c.version(), new StepInput.Warning(c0().minusDays(3), "限期整改",
                    c0().plusDays(30)), StepNote.none());
            c = cases.completeStep(c.id(), c.version(), new StepInput.Opinion(Set.of()), StepNote.of("核实属实"));
            c = cases.completeStep(c.id(), c.version(), new StepInput.Statement("服从安排"), StepNote.none());
            long method = cases.methods(true).stream().filter(m -> m.nameZh().equals("免职")).findFirst()
                    .orElseThrow().id();
            c = cases.completeStep(c.id(), c.version(), new StepInput.Proposal(method, "四级调研员",
                    org.cadreportal.cadre.CadreRank.SECTION_HEAD), StepNote.of("建议免职"));
            return c.id();
        });
        as().call(DemoAccounts.DISCIPLINE, () -> {
            CaseDetails c = cases.get(id);
            return cases.completeStep(id, c.version(), new StepInput.Consultation("无廉政问题"), StepNote.none());
        });
        return id;
    }

    private java.time.LocalDate c0() {
        return java.time.LocalDate.now(clock);
    }

    private CaseDetails seatAll(long id) {
        return as().call(DemoAccounts.COMMITTEE, () -> {
            CaseDetails c = cases.get(id);
            return cases.setUpMeeting(id, c.version(), new MeetingForm(c0(), Set.copyOf(MEMBERS), Set.copyOf(MEMBERS)));
        });
    }

    @Test
    void fiveMembersVotingAtOnceAreAllCounted() throws Exception {
        long caseId = caseAtDecision(0);
        CaseDetails seated = seatAll(caseId);
        assertThat(seated.steps().meeting().pending()).isEqualTo(5);
        List<Callable<Object>> tasks = new ArrayList<>();
        for (String member : MEMBERS) {
            Vote vote = member.equals(DemoAccounts.COMMITTEE_5) ? Vote.DISAGREE : Vote.AGREE;
            tasks.add(() -> as().call(member, () -> cases.castVote(caseId, vote)));
        }
        List<Object> results = Race.run(tasks);

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(CaseDetails.class));
        CaseDetails after = as().call(DemoAccounts.COMMITTEE, () -> cases.get(caseId));
        assertThat(after.steps().meeting().cast()).isEqualTo(5);
        assertThat(after.steps().meeting().pending()).isZero();
        // Sealed until closed: each member reads his own vote only; the stored votes are all there.
        assertThat(after.steps().meeting().seats()).filteredOn(s -> s.vote() != null).hasSize(1);
        assertThat(jdbc.queryForList("select vote from meeting_seats where case_id = ?", String.class, caseId))
                .containsExactlyInAnyOrder("AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE");
    }

    @Test
    void onceVotingStartsTheMeetingIsLockedAndASendBackClearsTheVotes() {
        long caseId = caseAtDecision(1);
        seatAll(caseId);
        as().call(DemoAccounts.COMMITTEE_2, () -> cases.castVote(caseId, Vote.DISAGREE));
        // Nobody can drop a member who voted against, or shrink the members entitled to attend.
        assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE, () -> {
            CaseDetails c = cases.get(caseId);
            return cases.setUpMeeting(caseId, c.version(), new MeetingForm(c0(),
                    Set.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_3),
                    Set.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_3)));
        })).isInstanceOf(PortalException.class).hasMessageContaining("adjustment.error.votingStarted");

        CaseDetails back = as().call(DemoAccounts.COMMITTEE, () -> {
            CaseDetails c = cases.get(caseId);
            return cases.sendBack(caseId, c.version(), 6, "调整建议需要修改");
        });
        assertThat(back.standing().currentOrdinal()).isEqualTo(6);
        assertThat(back.steps().meeting().seats()).isEmpty();
        assertThat(back.steps().meeting().date()).isNull();
    }

    @Test
    void aVoteCastAfterTheVoteClosedIsToldWhoClosedIt() {
        long caseId = caseAtDecision(2);
        seatAll(caseId);
        for (String member : MEMBERS.subList(0, 4)) {
            as().call(member, () -> cases.castVote(caseId, Vote.AGREE));
        }
        // committee5 is still to vote: closing now is refused, naming the pending vote.
        assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE, () ->
                cases.completeStep(caseId, cases.get(caseId).version(), new StepInput.Decision(), StepNote.none())))
                .hasMessageContaining("adjustment.error.votesPending");
        as().call(DemoAccounts.COMMITTEE_5, () -> cases.castVote(caseId, Vote.AGREE));
        CaseDetails decided = as().call(DemoAccounts.COMMITTEE, () ->
                cases.completeStep(caseId, cases.get(caseId).version(), new StepInput.Decision(), StepNote.none()));
        assertThat(decided.standing().currentOrdinal()).isEqualTo(9);
        assertThat(decided.records().getLast().details()).anySatisfy(d -> assertThat(d.value())
                .contains(DemoAccounts.COMMITTEE_5_NAME + " 同意"));

        assertThatThrownBy(() -> as().call(DemoAccounts.COMMITTEE_5, () -> cases.castVote(caseId, Vote.DISAGREE)))
                .isInstanceOf(StaleDataException.class)
                .satisfies(e -> assertThat(((StaleDataException) e).args()[0]).isEqualTo(DemoAccounts.COMMITTEE_NAME));
    }

    @Test
    void aProgramRenamedToPdfIsRefusedAndTheStepIsNotTaken() {
        CaseDetails opened = openDownCase(3);
        StepNote bad = new StepNote("研判意见", List.of(new NewAttachment("研判报告.pdf",
                new byte[] {'%', 'P', 'D', 'F', '-', '1'}), new NewAttachment("附件.pdf", new byte[] {'M', 'Z', 0, 0})));
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> cases.completeStep(opened.id(), opened.version(),
                new StepInput.Opinion(Set.of()), bad))).isInstanceOf(FieldException.class).hasMessageContaining("workflow.error.fileType");
        // Nothing half-saved: no record, no file, the case still on step 2 at the same version.
        CaseDetails after = as().call(DemoAccounts.CLERK, () -> cases.get(opened.id()));
        assertThat(after.version()).isEqualTo(opened.version());
        assertThat(after.standing().currentOrdinal()).isEqualTo(2);
        assertThat(after.records()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from step_attachments a join step_records r"
                + " on r.id = a.step_record_id where r.case_id = ?", Long.class, opened.id())).isZero();

        StepNote good = new StepNote("研判意见", List.of(new NewAttachment("研判报告.pdf", "%PDF-1.4 研判".getBytes())));
        CaseDetails done = as().call(DemoAccounts.CLERK, () -> cases.completeStep(opened.id(), opened.version(),
                new StepInput.Opinion(Set.of()), good));
        var file = done.records().get(1).attachments().getFirst();
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(as().call(DemoAccounts.COMMITTEE, () -> cases.attachment(opened.id(), file.id()).content()))
                .isEqualTo("%PDF-1.4 研判".getBytes());
    }

    @Test
    void aPromotionsProbationAssessmentRecordsItsResultAndEndsTheCase() {
        CaseRow row = openAt("PROBATION");
        CaseDetails c = as().call(DemoAccounts.CLERK, () -> cases.get(row.id()));
        assertThat(c.header().direction()).isEqualTo(Direction.UP);
        assertThatThrownBy(() -> as().call(DemoAccounts.CLERK, () -> cases.completeStep(row.id(), c.version(),
                new StepInput.FollowUp("回访情况良好", true), StepNote.none())))
                .as("跟踪回访 belongs to a case moving a cadre down").isInstanceOf(PortalException.class);
        CaseDetails done = as().call(DemoAccounts.CLERK, () -> cases.completeStep(row.id(), c.version(),
                new StepInput.Probation(ProbationResult.INCOMPETENT, "试用期内未能胜任岗位要求"), StepNote.none()));
        assertThat(done.standing().status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(done.records().getLast().details()).extracting(StepDetail::value)
                .containsExactly("adjustment.probation.INCOMPETENT", "试用期内未能胜任岗位要求");
        assertThat(jdbc.queryForObject("select probation_result from adjustment_cases where id = ?", String.class,
                row.id())).isEqualTo("INCOMPETENT");
    }

    @Test
    void afterTheAppointmentTheCaseCanNeitherGoBackNorBeTerminated() {
        CaseRow row = openAt("FOLLOW_UP");
        as().call(DemoAccounts.CLERK, () -> {
            CaseDetails c = cases.get(row.id());
            assertThatThrownBy(() -> cases.terminate(row.id(), c.version(), "不再办理"))
                    .hasMessageContaining("adjustment.error.afterAppointment");
            assertThatThrownBy(() -> cases.sendBack(row.id(), c.version(), 10, "重新办理任免"))
                    .hasMessageContaining("adjustment.error.afterAppointment");
            assertThat(cases.get(row.id()).version()).isEqualTo(c.version());
            return null;
        });
    }

    @Test
    void aSupervisionEscalationEventOpensADownCaseAsTheSystem() throws Exception {
        long cadreId = jdbc.queryForObject("select max(id) from cadres where status = 'ACTIVE'", Long.class);
        tx.executeWithoutResult(status -> events.publishEvent(new ItemEscalated(-1, "DB-2026-017",
                "约谈后仍未整改", cadreId, Rung.ADJUSTMENT, 3)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Long opened = null;
        while (opened == null && Instant.now().isBefore(deadline)) {
            opened = jdbc.query("select id from adjustment_cases where cadre_id = ? and source = 'SUPERVISION'",
                    rs -> rs.next() ? rs.getLong(1) : null, cadreId);
            if (opened == null) {
                Thread.sleep(200);
            }
        }
        assertThat(opened).isNotNull();
        long id = opened;
        CaseDetails c = as().call(DemoAccounts.CLERK, () -> cases.get(id));
        assertThat(c.standing().currentOrdinal()).isEqualTo(2);
        assertThat(c.header().summary()).contains("督办事项DB-2026-017");
        assertThat(c.records().getFirst().actorName()).isEqualTo("系统");
        assertThat(c.header().situations()).isEmpty();
    }
}
