package org.cadreportal.tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.Role;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.tolerance.domain.ToleranceCategory;
import org.cadreportal.workflow.CaseMoves;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.junit.jupiter.api.Test;

/** The state rules of a 容错 application on the aggregate alone: what each step may write, and when. */
class ToleranceApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static final ProcedureDefinition PROCEDURE = new ProcedureDefinition(4, "TOLERANCE", "容错纠错办理流程",
            "Fault tolerance", List.of(
                    step(401, 1, ToleranceForms.APPLICATION, Role.CLERK),
                    step(402, 2, ToleranceForms.ACCEPTANCE, Role.DISCIPLINE),
                    step(403, 3, ToleranceForms.VERIFICATION, Role.DISCIPLINE),
                    step(404, 4, ToleranceForms.FINDING, Role.DISCIPLINE),
                    step(405, 5, ToleranceForms.FEEDBACK, Role.CLERK),
                    step(406, 6, ToleranceForms.FILING, Role.CLERK)));

    private static StepDefinition step(long id, int ordinal, String form, Role role) {
        return new StepDefinition(id, 0, 4, ordinal, form, form, form, role, 10, form, false, false);
    }

    private static StepDefinition at(int ordinal) {
        return PROCEDURE.step(ordinal);
    }

    /** A registered application moved on (as the kernel would), each step's input given, up to {@code ordinal}. */
    static ToleranceApplication standingOn(int ordinal) {
        CategoryForm category = new CategoryForm();
        category.setNameZh("改革创新先行先试失误");
        category.setNameEn("Pioneering reform");
        ToleranceApplication a = new ToleranceApplication("容〔2026〕001", ApplicantType.SELF, "试点项目未达预期",
                "说明", new ToleranceCategory(category), Set.of(), null,
                new ToleranceApplication.Cadre(1, "张三", null, "镇长"), PROCEDURE, TODAY, "王敏", NOW);
        CaseMoves.advance(a, PROCEDURE, TODAY, "王敏", NOW);
        List<ToleranceInput> inputs = List.of(new ToleranceInput.Acceptance(),
                new ToleranceInput.Verification(Set.of(), "核实意见"),
                new ToleranceInput.Finding(FindingOutcome.REDUCED, "主动挽回损失"),
                new ToleranceInput.Feedback(TODAY, "已当面反馈"));
        while (a.getProgress().getCurrentOrdinal() < ordinal) {
            int current = a.getProgress().getCurrentOrdinal();
            a.complete(at(current), inputs.get(current - 2), TODAY);
            CaseMoves.advance(a, PROCEDURE, TODAY, "周正平", NOW);
        }
        return a;
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(PortalException.class).hasMessageContaining(key);
    }

    @Test
    void eachStepFormHasItsOwnInputType() {
        assertThat(PROCEDURE.steps()).allSatisfy(s -> assertThat(ToleranceInput.of(s).belongsTo(s)).isTrue());
        assertThat(PROCEDURE.steps().stream().map(s -> ToleranceInput.of(s).getClass()).distinct()).hasSize(6);
    }

    @Test
    void aStepsValuesAreWrittenOnlyOnThatStepAndOnlyByItsForm() {
        ToleranceApplication a = standingOn(2);

        // Another step's input, whether for that step or for the current one.
        refused(() -> a.complete(at(3), new ToleranceInput.Verification(Set.of(), "核实意见"), TODAY),
                "tolerance.error.wrongStep");
        refused(() -> a.complete(at(2), new ToleranceInput.Verification(Set.of(), "核实意见"), TODAY),
                "tolerance.error.wrongStep");
        refused(() -> a.complete(at(2), new ToleranceInput.Filing("档-1"), TODAY), "tolerance.error.wrongStep");
        assertThat(a.getVerifiedOn()).isNull();
        assertThat(a.getArchiveNo()).isNull();

        a.complete(at(2), new ToleranceInput.Acceptance(), TODAY);
        assertThat(a.getAcceptedOn()).isEqualTo(TODAY);
    }

    @Test
    void theVerificationKeepsWhichExclusionsWereFound() {
        ToleranceApplication a = standingOn(3);
        a.complete(at(3), new ToleranceInput.Verification(Set.of(Exclusion.MAJOR_INCIDENT), "造成重大损失"), TODAY);
        assertThat(a.exclusionsFound()).containsExactly(Exclusion.MAJOR_INCIDENT);
        assertThat(a.getVerificationOpinion()).isEqualTo("造成重大损失");
    }

    @Test
    void feedbackComesNoEarlierThanTheFinding() {
        ToleranceApplication a = standingOn(5);
        assertThatThrownBy(() -> a.complete(at(5), new ToleranceInput.Feedback(TODAY.minusDays(1), "反馈"), TODAY))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("feedbackOn");
                    assertThat(e.messageKey()).isEqualTo("tolerance.error.feedbackBeforeFinding");
                });
        assertThat(a.getFeedbackOn()).isNull();
        a.complete(at(5), new ToleranceInput.Feedback(TODAY, "已当面反馈"), TODAY);
        assertThat(a.getFeedbackNote()).isEqualTo("已当面反馈");
    }

    @Test
    void filingCompletesTheApplicationAndThenNothingMoreIsWritten() {
        ToleranceApplication a = standingOn(6);
        a.complete(at(6), new ToleranceInput.Filing("容档〔2026〕1号"), TODAY);
        CaseMoves.advance(a, PROCEDURE, TODAY, "王敏", NOW);
        assertThat(a.getProgress().getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(a.getArchiveNo()).isEqualTo("容档〔2026〕1号");
        refused(() -> a.complete(at(6), new ToleranceInput.Filing("另一个号"), TODAY), "workflow.error.closed");
        assertThat(a.getArchiveNo()).isEqualTo("容档〔2026〕1号");
    }

    @Test
    void aSendBackToTheFindingWithdrawsItAndWhatCameAfter() {
        ToleranceApplication a = standingOn(6);
        CaseMoves.sendBack(a, PROCEDURE, 4, TODAY, "王敏", NOW);
        assertThat(a.getProgress().getCurrentOrdinal()).isEqualTo(4);
        assertThat(a.getOutcome()).isNull();
        assertThat(a.getFeedbackOn()).isNull();
        assertThat(a.getVerifiedOn()).isEqualTo(TODAY);
        refused(() -> a.complete(at(5), new ToleranceInput.Feedback(TODAY, "反馈"), TODAY), "tolerance.error.wrongStep");
    }

    @Test
    void aTerminatedApplicationTakesNoMoreValues() {
        ToleranceApplication a = standingOn(3);
        CaseMoves.terminate(a, PROCEDURE, TODAY, "王敏", NOW);
        refused(() -> a.complete(at(3), new ToleranceInput.Verification(Set.of(), "核实意见"), TODAY),
                "workflow.error.closed");
        assertThat(a.getVerifiedOn()).isNull();
    }
}
