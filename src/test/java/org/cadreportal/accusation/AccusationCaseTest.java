package org.cadreportal.accusation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseMoves;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The rules of a 查诬 case on the aggregate alone: what each step takes and when it may close, what a
 * send-back withdraws, and how a logged case closes.
 */
class AccusationCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDateTime NOW = TODAY.atTime(9, 0);
    private static final LocalDate DUE = TODAY.plusDays(28);

    private static final ProcedureDefinition PROCEDURE = new ProcedureDefinition(3, "ACCUSATION", "查诬", "Accusation",
            List.of(step(301, 1, "INTAKE", Role.CLERK), step(302, 2, "JOINT_MEETING", Role.DISCIPLINE),
                    step(303, 3, "OPINION", Role.DISCIPLINE), step(304, 4, "FINDING", Role.DISCIPLINE),
                    step(305, 5, "HANDLING", Role.DISCIPLINE), step(306, 6, "CLARIFICATION", Role.CLERK),
                    step(307, 7, "OPINION", Role.CLERK)));

    private static StepDefinition step(long id, int ordinal, String form, Role role) {
        return new StepDefinition(id, 0, 3, ordinal, form, form, form, role, 10, form, false, false);
    }

    private static StepDefinition at(int ordinal) {
        return PROCEDURE.step(ordinal);
    }

    private static AccusationCase received() {
        AccusationCase c = new AccusationCase("查诬〔2026〕001", "来信-01", TODAY.minusDays(3), Channel.LETTER, true,
                null, null, "反映问题", null, PROCEDURE, TODAY, "王敏", NOW);
        c.accuse(1, "张三", 10, "镇长");
        c.allege(1, "收受礼金");
        Allegation a = c.getAllegations().getFirst();
        ReflectionTestUtils.setField(a, "id", 11L);
        return c;
    }

    private static AccusationCase foundFabricatedAndReferred() {
        AccusationCase c = received();
        for (int i = 1; i < 4; i++) {
            CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        }
        c.complete(at(4), findings(FindingType.FABRICATED), StepNote.none(), TODAY, DUE);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        c.complete(at(5), new AccusationInput.Handling("县纪委", TODAY), StepNote.none(), TODAY, null);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        assertThat(c.getProgress().getCurrentOrdinal()).isEqualTo(6);
        return c;
    }

    /** A received case moved on (as the kernel would) until it stands on {@code ordinal}, with nothing recorded. */
    private static AccusationCase standingOn(int ordinal) {
        AccusationCase c = received();
        while (c.getProgress().getCurrentOrdinal() < ordinal) {
            CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        }
        return c;
    }

    /** Found on 认定 with {@code finding} on its one allegation, and moved on to 处理. */
    private static AccusationCase foundAndAtHandling(FindingType finding) {
        AccusationCase c = standingOn(4);
        c.complete(at(4), findings(finding), StepNote.none(), TODAY, DUE);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        return c;
    }

    /** Found with {@code finding}, handled without a referral, and standing on 澄清. */
    private static AccusationCase atClarification(FindingType finding) {
        AccusationCase c = foundAndAtHandling(finding);
        c.complete(at(5), new AccusationInput.Handling(null, null), StepNote.of("无需移送"), TODAY, null);
        CaseMoves.advance(c, PROCEDURE, TODAY, "周正平", NOW);
        return c;
    }

    private static void clarified(AccusationCase c, StepNote note) {
        c.complete(at(6), new AccusationInput.Clarified(), note, TODAY, null);
    }

    private static AccusationInput.Findings findings(FindingType finding) {
        return new AccusationInput.Findings(List.of(new AllegationFinding(11L, finding, " 经核查 ")));
    }

    /** Refused on {@code field} with {@code messageKey}; the refusal's arguments are returned. */
    private static Object[] refused(Runnable call, String field, String messageKey) {
        Object[][] args = new Object[1][];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
            args[0] = e.args();
        });
        return args[0];
    }

    @Test
    void anInputIsTakenOnlyOnItsStepAndOnlyOfItsForm() {
        AccusationCase c = standingOn(2);

        assertThatThrownBy(() -> c.complete(at(4), findings(FindingType.UNTRUE), StepNote.none(), TODAY, DUE))
                .isInstanceOf(PortalException.class).hasMessageContaining("accusation.error.wrongStep");
        // The current step, but not its form's input.
        assertThatThrownBy(() -> c.complete(at(2), new AccusationInput.Opinion(), StepNote.of("同意"), TODAY, null))
                .hasMessageContaining("accusation.error.wrongStep");
        assertThatThrownBy(() -> c.complete(at(2), findings(FindingType.UNTRUE), StepNote.none(), TODAY, DUE))
                .hasMessageContaining("accusation.error.wrongStep");
        assertThatThrownBy(() -> c.recordMeeting(at(3), TODAY, "纪委、组织部", "结论", "周正平", NOW))
                .hasMessageContaining("accusation.error.wrongStep");
        assertThat(c.getFoundOn()).isNull();
        assertThat(c.getAllegations().getFirst().getFinding()).isNull();
        assertThat(c.getMeetings()).isEmpty();
    }

    @Test
    void theJointReviewClosesOnlyOnceAMeetingIsRecorded() {
        AccusationCase c = standingOn(2);

        refused(() -> c.complete(at(2), new AccusationInput.JointReview(), StepNote.of("转入核查"), TODAY, null),
                "meetingDate", "accusation.error.noMeeting");

        c.recordMeeting(at(2), TODAY, "纪委、组织部", "转入核查", "周正平", NOW);
        c.complete(at(2), new AccusationInput.JointReview(), StepNote.of("转入核查"), TODAY, null);
        assertThat(c.getMeetings()).hasSize(1);
    }

    @Test
    void aClearingFindingStartsTheClarificationClockAndOthersDoNot() {
        AccusationCase c = standingOn(4);
        c.complete(at(4), findings(FindingType.UNTRUE), StepNote.none(), TODAY, DUE);
        assertThat(c.getAllegations().getFirst().getFinding()).isEqualTo(FindingType.UNTRUE);
        assertThat(c.getAllegations().getFirst().getFindingReason()).isEqualTo("经核查");
        assertThat(c.getFoundOn()).isEqualTo(TODAY);
        assertThat(c.getClarificationDueOn()).isEqualTo(DUE);

        AccusationCase upheld = standingOn(4);
        upheld.complete(at(4), findings(FindingType.TRUE), StepNote.none(), TODAY, DUE);
        assertThat(upheld.getFoundOn()).isEqualTo(TODAY);
        assertThat(upheld.getClarificationDueOn()).isNull();
        assertThat(upheld.needsClarification()).isFalse();
    }

    @Test
    void handlingRefersTheReporterAfterAFabricatedFindingAndOtherwiseAsksWhyNot() {
        AccusationCase fabricated = foundAndAtHandling(FindingType.FABRICATED);
        fabricated.complete(at(5), new AccusationInput.Handling(" 县公安局 ", TODAY), StepNote.none(), TODAY, null);
        assertThat(fabricated.getReferredTo()).isEqualTo("县公安局");
        assertThat(fabricated.getReferredOn()).isEqualTo(TODAY);

        AccusationCase untrue = foundAndAtHandling(FindingType.UNTRUE);
        AccusationInput.Handling referral = new AccusationInput.Handling("县公安局", TODAY);
        refused(() -> untrue.complete(at(5), referral, StepNote.of("  "), TODAY, null), "opinion",
                "accusation.error.handlingOpinion");
        // Without a 诬告陷害 finding there is nobody to refer: what was sent is not written.
        untrue.complete(at(5), referral, StepNote.of("无需移送"), TODAY, null);
        assertThat(untrue.getReferredTo()).isNull();
        assertThat(untrue.getReferredOn()).isNull();
    }

    @Test
    void theClarificationStepClosesOnlyWhenEveryClearedCadreHasHadOne() {
        AccusationCase c = atClarification(FindingType.UNTRUE);

        Object[] missing = refused(() -> clarified(c, StepNote.none()), "clarification",
                "accusation.error.clarificationsMissing");
        assertThat(missing).containsExactly("张三");

        c.clarify(c.getAccused().getFirst(), TODAY, Set.of(ClarificationMethod.WRITTEN), "所在单位", "特予澄清",
                Set.copyOf(c.getAllegations()), "王敏", NOW);
        clarified(c, StepNote.none());
        assertThat(c.awaitingClarification()).isEmpty();
    }

    @Test
    void withNothingToClarifyTheClarificationStepNeedsAnOpinionSayingSo() {
        AccusationCase c = atClarification(FindingType.TRUE);

        refused(() -> clarified(c, StepNote.none()), "opinion", "validation.required");
        clarified(c, StepNote.of("反映属实，无需澄清"));
    }

    @Test
    void aClosedCaseTakesNoInput() {
        AccusationCase c = standingOn(4);
        CaseMoves.terminate(c, PROCEDURE, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> c.complete(at(4), findings(FindingType.UNTRUE), StepNote.none(), TODAY, DUE))
                .hasMessageContaining("workflow.error.closed");
        assertThat(c.getFoundOn()).isNull();
    }

    @Test
    void goingBackToTheFindingWithdrawsTheFindingsAndTheReferral() {
        AccusationCase c = foundFabricatedAndReferred();
        assertThat(c.needsClarification()).isTrue();

        CaseMoves.sendBack(c, PROCEDURE, 4, TODAY, "王敏", NOW);

        assertThat(c.getAllegations().getFirst().getFinding()).isNull();
        assertThat(c.getFoundOn()).isNull();
        assertThat(c.getClarificationDueOn()).isNull();
        assertThat(c.getReferredTo()).isNull();
        assertThat(c.needsClarification()).isFalse();
    }

    @Test
    void goingBackToAStepAfterTheFindingKeepsIt() {
        AccusationCase c = foundFabricatedAndReferred();

        CaseMoves.sendBack(c, PROCEDURE, 5, TODAY, "王敏", NOW);

        assertThat(c.getAllegations().getFirst().getFinding()).isEqualTo(FindingType.FABRICATED);
        assertThat(c.getReferredTo()).isEqualTo("县纪委");
    }

    @Test
    void aCaseLoggedInOneGoStandsCompletedAndMarkedLogged() {
        AccusationCase c = received();
        CaseMoves.move(c, PROCEDURE, new Move.ConcludeLogged(), TODAY, "王敏", NOW);

        assertThat(c.isQuickLogged()).isTrue();
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.getProgress().getCurrentOrdinal()).isEqualTo(7);
    }

    @Test
    void aCaseAlreadyWorkedHereCannotBeLoggedInOneGo() {
        AccusationCase c = received();
        CaseMoves.advance(c, PROCEDURE, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> CaseMoves.move(c, PROCEDURE, new Move.ConcludeLogged(), TODAY, "王敏", NOW))
                .isInstanceOf(PortalException.class).hasMessageContaining("workflow.error.alreadyWorked");
        assertThat(c.isQuickLogged()).isFalse();
    }

    @Test
    void aClosedCaseTakesNoMeetingNorReferral() {
        AccusationCase c = received();
        CaseMoves.terminate(c, PROCEDURE, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> c.recordMeeting(at(2), TODAY, "纪委、组织部", "结论", "周正平", NOW))
                .hasMessageContaining("workflow.error.closed");
        assertThatThrownBy(() -> c.refer("县纪委", TODAY, "周正平", NOW)).hasMessageContaining("workflow.error.closed");
        assertThat(c.getMeetings()).isEmpty();
        assertThat(c.getLastActor()).isEqualTo("王敏");
    }
}
