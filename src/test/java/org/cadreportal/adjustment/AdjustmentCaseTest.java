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
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.adjustment.domain.StepChoices;
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
                c.complete(at(3), warning());
            } else if (current == 6) {
                c.complete(at(6), proposal("镇政府调研员"), new StepChoices(null, method()));
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

    private static StepInput.Warning warning() {
        return new StepInput.Warning(TODAY, "限期改进", TODAY.plusMonths(3));
    }

    private static StepInput.Proposal proposal(String post) {
        return new StepInput.Proposal(1L, post, CadreRank.DEPUTY_SECTION);
    }

    private static StepInput.Appointment appointment(LocalDate effective) {
        return new StepInput.Appointment("任〔2026〕1号", effective);
    }

    private static StepInput.FollowUp followUp() {
        return new StepInput.FollowUp("表现良好", true);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(PortalException.class).hasMessageContaining(key);
    }

    @Test
    void aStepsValuesAreWrittenOnlyOnThatStepAndOnlyByItsForm() {
        AdjustmentCase c = standingOn(2);

        refused(() -> c.complete(at(3), warning()), "adjustment.error.wrongStep");
        refused(() -> c.complete(at(6), proposal("调研员"), new StepChoices(null, method())),
                "adjustment.error.wrongStep");
        refused(() -> c.complete(at(10), appointment(TODAY)), "adjustment.error.wrongStep");
        refused(() -> c.complete(at(11), followUp()), "adjustment.error.wrongStep");
        // The current step, but not the form that writes a warning: an input belongs to its step's form only.
        refused(() -> c.complete(at(2), warning()), "adjustment.error.wrongStep");
        refused(() -> c.complete(at(2), new StepInput.Decision()), "adjustment.error.wrongStep");
        assertThat(c.getWarningDate()).isNull();
        assertThat(c.getProposedPost()).isNull();

        CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        c.complete(at(3), warning());
        assertThat(c.getWarningDate()).isEqualTo(TODAY);
    }

    @Test
    void aClosedCaseTakesNoMoreValues() {
        AdjustmentCase c = standingOn(3);
        CaseMoves.terminate(c, DOWN, TODAY, "王敏", NOW);

        refused(() -> c.complete(at(3), warning()), "workflow.error.closed");
        refused(() -> c.recordDecision(true), "workflow.error.closed");
        assertThat(c.getWarningDate()).isNull();
        assertThat(c.getDecision()).isNull();
    }

    @Test
    void aDownProposalNamesItsMethod() {
        AdjustmentCase c = standingOn(6);
        assertThatThrownBy(() -> c.complete(at(6), proposal("调研员")))
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

        assertThatThrownBy(() -> c.complete(at(10), appointment(TODAY.minusDays(1))))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveDate");
                    assertThat(e.messageKey()).isEqualTo("adjustment.error.effectiveBeforeDecision");
                });
        c.complete(at(10), appointment(TODAY));
        assertThat(c.getDocumentNo()).isEqualTo("任〔2026〕1号");
        // The method's 12 months of impact run from the day the change takes effect.
        assertThat(c.getImpactUntil()).isEqualTo(TODAY.plusMonths(12).minusDays(1));
        assertThat(c.getDecision()).isEqualTo("PASSED");
    }

    @Test
    void withoutAProposalThereIsNothingToAppoint() {
        AdjustmentCase c = opened();
        while (c.getProgress().getCurrentOrdinal() < 10) {
            if (c.getProgress().getCurrentOrdinal() == 3) {
                c.complete(at(3), warning());
            }
            CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        }
        assertThatThrownBy(() -> c.complete(at(10), appointment(TODAY)))
                .isInstanceOfSatisfying(FieldException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("adjustment.error.noProposal"));
    }

    @Test
    void afterTheAppointmentTheCaseOnlyGoesOnToItsFollowUp() {
        AdjustmentCase c = standingOn(11);

        refused(() -> CaseMoves.terminate(c, DOWN, TODAY, "王敏", NOW), "adjustment.error.afterAppointment");
        refused(() -> CaseMoves.sendBack(c, DOWN, 10, TODAY, "王敏", NOW), "adjustment.error.afterAppointment");
        refused(() -> c.complete(at(11), followUp()), "adjustment.error.noVisit");
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.OPEN);

        c.addVisit(TODAY, "王敏", "工作积极", "王敏", NOW);
        c.complete(at(11), followUp());
        CaseMoves.advance(c, DOWN, TODAY, "王敏", NOW);
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.isReuseRecommended()).isTrue();
    }

    @Test
    void aPromotionEndsOnItsProbationAssessmentNotOnAFollowUp() {
        ProcedureDefinition up = new ProcedureDefinition(2, "ADJUST_UP", "能上", "Up", List.of(
                step(201, 1, StepForms.INITIATION, Role.CLERK),
                step(211, 2, StepForms.PROBATION, Role.CLERK)));
        AdjustmentCase c = new AdjustmentCase("上〔2026〕001", Direction.UP, CaseSource.OTHER, "实绩突出", 2, "李四",
                null, "副镇长", CadreRank.DEPUTY_SECTION, up, Set.of(), TODAY, "王敏", NOW);
        CaseMoves.advance(c, up, TODAY, "王敏", NOW);

        refused(() -> c.complete(up.step(2), followUp()), "adjustment.error.wrongStep");
        c.complete(up.step(2), new StepInput.Probation(ProbationResult.COMPETENT, "试用期满考核为称职"));
        CaseMoves.advance(c, up, TODAY, "王敏", NOW);
        assertThat(c.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.getProbationResult()).isEqualTo(ProbationResult.COMPETENT);
        assertThat(c.getClosingAssessment()).isEqualTo("试用期满考核为称职");
        assertThat(c.isReuseRecommended()).isFalse();
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

    @Test
    void eachStepFormHasItsOwnInputType() {
        assertThat(DOWN.steps()).allSatisfy(step -> assertThat(StepInput.of(step).belongsTo(step)).isTrue());
        assertThat(DOWN.steps().stream().map(step -> StepInput.of(step).getClass()).distinct())
                .as("one record per form").hasSize(10);
        assertThat(new StepInput.Talk("谈话").belongsTo(at(9))).isTrue();
        assertThat(new StepInput.Talk("谈话").belongsTo(at(10))).isFalse();
    }

    @Test
    void theAnalysisSettlesTheSituationsItChoseAndLeavesThemWhenNoneAreChosen() {
        AdjustmentCase c = standingOn(2);
        Situation chosen = new Situation(reference("不作为"));
        c.complete(at(2), new StepInput.Opinion(Set.of()));
        assertThat(c.getSituations()).isEmpty();
        c.complete(at(2), new StepInput.Opinion(Set.of(1L)), new StepChoices(Set.of(chosen), null));
        assertThat(c.getSituations()).containsExactly(chosen);
    }

    private static ReferenceForm reference(String name) {
        ReferenceForm f = new ReferenceForm();
        f.setNameZh(name);
        f.setNameEn(name);
        return f;
    }
}
