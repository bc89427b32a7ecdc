package org.cadreportal.adjustment;

import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.domain.SeatPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseMoves;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;

/** The rules of a 能上能下 case, on the aggregate alone: what each step may write, and when it may move. */
class AdjustmentCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static final ProcedureDefinition DOWN = new ProcedureDefinition(1, "ADJUST_DOWN", "能下", "Down", List.of(
            step(101, 1, StepForms.INITIATION, Role.CLERK),
            step(102, 2, StepForms.OPINION, Role.CLERK),
            step(103, 3, StepForms.WARNING, Role.CLERK),
            step(104, 4, StepForms.OPINION, Role.CLERK),
            step(105, 5, StepForms.STATEMENT, Role.CLERK),
            step(106, 6, StepForms.PROPOSAL, Role.CLERK),
            step(107, 7, StepForms.CONSULTATION, Role.DISCIPLINE),
            step(108, 8, StepForms.DECISION, Role.COMMITTEE),
            step(109, 9, StepForms.TALK, Role.CLERK),
            step(110, 10, StepForms.APPOINTMENT, Role.CLERK),
            step(111, 11, StepForms.FOLLOW_UP, Role.CLERK)));

    private static StepDefinition step(long id, int ordinal, String form, Role role) {
        return new StepDefinition(id, 0, 1, ordinal, form, form, form, role, 10, form, false, false);
    }

    private static StepDefinition at(int ordinal) {
        return DOWN.step(ordinal);
    }

    private static AdjustmentCase opened() {
        return new AdjustmentCase("下〔2026〕001", Direction.DOWN, CaseSource.OTHER, "不适宜担任现职", 1, "张三", null,
                "镇长", CadreRank.SECTION_HEAD, DOWN, Set.of(), TODAY, "王敏", NOW);
    }

    /** An opened case moved on (as the kernel would) until it stands on {@code ordinal}. */
    private static AdjustmentCase standingOn(int ordinal) {
        AdjustmentCase c = opened();
        while (c.getProgress().getCurrentOrdinal() < ordinal) {
            int current = c.getProgress().getCurrentOrdinal();
            if (current == 3) {
                c.warn(at(3), TODAY, "限期改进", TODAY.plusMonths(3));
            } else if (current == 6) {
                c.propose(at(6), method(), "镇政府调研员", CadreRank.DEPUTY_SECTION);
            }
            CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        }
        return c;
    }

    private static AdjustmentMethod method() {
        ReferenceForm f = new ReferenceForm();
        f.setNameZh("调整岗位");
        f.setNameEn("Reassignment");
        f.setImpactMonths(12);
        return new AdjustmentMethod(f);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(PortalException.class).hasMessageContaining(key);
    }

    @Test
    void aStepsValuesAreWrittenOnlyOnThatStepAndOnlyByItsForm() {
        AdjustmentCase c = standingOn(2);

        refused(() -> c.warn(at(3), TODAY, "限期改进", TODAY.plusMonths(3)), "adjustment.error.wrongStep");
        refused(() -> c.propose(at(6), method(), "调研员", CadreRank.DEPUTY_SECTION), "adjustment.error.wrongStep");
        refused(() -> c.appoint(at(10), "任〔2026〕1号", TODAY, null), "adjustment.error.wrongStep");
        refused(() -> c.conclude(at(11), "表现良好", true), "adjustment.error.wrongStep");
        // The current step, but not the form that writes a warning.
        refused(() -> c.warn(at(2), TODAY, "限期改进", TODAY.plusMonths(3)), "adjustment.error.wrongStep");
        assertThat(c.getWarningDate()).isNull();
        assertThat(c.getProposedPost()).isNull();

        CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        c.warn(at(3), TODAY, "限期改进", TODAY.plusMonths(3));
        assertThat(c.getWarningDate()).isEqualTo(TODAY);
    }

    @Test
    void aClosedCaseTakesNoMoreValues() {
        AdjustmentCase c = standingOn(3);
        CaseMoves.terminate(c, DOWN, TODAY, "王敏", NOW);

        refused(() -> c.warn(at(3), TODAY, "限期改进", TODAY.plusMonths(3)), "workflow.error.closed");
        refused(() -> c.recordDecision(true), "workflow.error.closed");
        assertThat(c.getWarningDate()).isNull();
        assertThat(c.getDecision()).isNull();
    }

    @Test
    void aDownProposalNamesItsMethod() {
        AdjustmentCase c = standingOn(6);
        assertThatThrownBy(() -> c.propose(at(6), null, "调研员", CadreRank.DEPUTY_SECTION))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("methodId"));
        assertThat(c.getProposedPost()).isNull();
    }

    @Test
    void theAppointmentIsOfWhatWasDecidedAndNotBeforeTheMeeting() {
        AdjustmentCase c = standingOn(8);
        c.seat(TODAY, Map.of("lin", new SeatPlan("林委员", null, MeetingDuty.CHAIR)), "林委员", NOW);
        c.vote("lin", Vote.AGREE, NOW);
        c.recordDecision(true);
        CaseMoves.advance(c, DOWN, TODAY, "林委员", NOW);
        CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);

        assertThatThrownBy(() -> c.appoint(at(10), "任〔2026〕1号", TODAY.minusDays(1), null))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveDate");
                    assertThat(e.messageKey()).isEqualTo("adjustment.error.effectiveBeforeDecision");
                });
        c.appoint(at(10), "任〔2026〕1号", TODAY, TODAY.plusMonths(12));
        assertThat(c.getDocumentNo()).isEqualTo("任〔2026〕1号");
        assertThat(c.getDecision()).isEqualTo("PASSED");
    }

    @Test
    void withoutAProposalThereIsNothingToAppoint() {
        AdjustmentCase c = opened();
        while (c.getProgress().getCurrentOrdinal() < 10) {
            if (c.getProgress().getCurrentOrdinal() == 3) {
                c.warn(at(3), TODAY, "限期改进", TODAY.plusMonths(3));
            }
            CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        }
        assertThatThrownBy(() -> c.appoint(at(10), "任〔2026〕1号", TODAY, null))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("adjustment.error.noProposal"));
    }

    @Test
    void afterTheAppointmentTheCaseOnlyGoesOnToItsFollowUp() {
        AdjustmentCase c = standingOn(11);

        refused(() -> CaseMoves.terminate(c, DOWN, TODAY, "王敏", NOW), "adjustment.error.afterAppointment");
        refused(() -> CaseMoves.sendBack(c, DOWN, 10, TODAY, "王敏", NOW), "adjustment.error.afterAppointment");
        refused(() -> c.conclude(at(11), "表现良好", true), "adjustment.error.noVisit");
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.OPEN);

        c.addVisit(TODAY, "王敏", "工作积极", "王敏", NOW);
        c.conclude(at(11), "表现良好", true);
        CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.isReuseRecommended()).isTrue();
    }

    @Test
    void goingBackToTheWarningClearsItAndTheVoteSoBothAreDoneAfresh() {
        AdjustmentCase c = standingOn(8);
        c.seat(TODAY, Map.of("lin", new SeatPlan("林委员", null, MeetingDuty.CHAIR)), "林委员", NOW);
        c.vote("lin", Vote.DISAGREE, NOW);
        assertThat(c.hasVotes()).isTrue();

        CaseMoves.sendBack(c, DOWN, 3, TODAY, "王敏", NOW);

        assertThat(c.getProgress().getCurrentOrdinal()).isEqualTo(3);
        assertThat(c.getWarningDate()).isNull();
        assertThat(c.getImprovementDeadline()).isNull();
        assertThat(c.getMeetingDate()).isNull();
        assertThat(c.getSeats()).isEmpty();
        assertThat(c.getLastActor()).isEqualTo("王敏");
    }

    @Test
    void improvedClosesACaseOnlyBetweenTheWarningAndTheDecision() {
        AdjustmentCase early = standingOn(2);
        refused(() -> CaseMoves.move(early, DOWN, Move.improve(), TODAY, "王敏", NOW),
                "adjustment.error.improvedNotAllowed");

        AdjustmentCase late = standingOn(8);
        refused(() -> CaseMoves.move(late, DOWN, Move.improve(), TODAY, "王敏", NOW),
                "adjustment.error.improvedNotAllowed");

        AdjustmentCase warned = standingOn(5);
        CaseMoves.move(warned, DOWN, Move.improve(), TODAY, "王敏", NOW);
        assertThat(warned.getProgress().getStatus()).isEqualTo(CaseStatus.IMPROVED);
    }

    @Test
    void aRejectedDecisionClosesTheCaseWithoutTheChange() {
        AdjustmentCase c = standingOn(8);
        c.recordDecision(false);
        CaseMoves.move(c, DOWN, Move.reject(), TODAY, "林委员", NOW);

        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.getDecision()).isEqualTo("REJECTED");
        refused(() -> CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW), "workflow.error.closed");
    }
}
