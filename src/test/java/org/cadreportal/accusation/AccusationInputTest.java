package org.cadreportal.accusation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.StepDefinition;
import org.junit.jupiter.api.Test;

/**
 * The 查诬 step inputs as types: one per form a step names, an input belonging only to its form's steps, and
 * the values as the service's checks and the case read them (texts stripped, blank is missing).
 */
class AccusationInputTest {

    private static StepDefinition step(String form) {
        return new StepDefinition(300, 0, 3, 1, form, form, form, Role.CLERK, 10, form, false, false);
    }

    @Test
    void everyFormOfTheProcedureHasItsOwnInput() {
        assertThat(AccusationInput.of(step("INTAKE"))).isInstanceOf(AccusationInput.Intake.class);
        assertThat(AccusationInput.of(step("JOINT_MEETING")))
                .isInstanceOf(AccusationInput.JointReview.class);
        assertThat(AccusationInput.of(step("OPINION"))).isInstanceOf(AccusationInput.Opinion.class);
        assertThat(AccusationInput.of(step("FINDING"))).isEqualTo(new AccusationInput.Findings(null));
        assertThat(AccusationInput.of(step("HANDLING")))
                .isEqualTo(new AccusationInput.Handling(null, null));
        assertThat(AccusationInput.of(step("CLARIFICATION")))
                .isInstanceOf(AccusationInput.Clarified.class);
        assertThatThrownBy(() -> AccusationInput.of(step("WARNING"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInputBelongsToItsFormsStepsOnly() {
        AccusationInput.Findings findings = new AccusationInput.Findings(List.of(
                new AllegationFinding(1, FindingType.UNTRUE, "不实")));
        assertThat(findings.belongsTo(step("FINDING"))).isTrue();
        assertThat(findings.belongsTo(step("HANDLING"))).isFalse();
        // 核查 and 归档 share their form, and so their input.
        assertThat(new AccusationInput.Opinion().belongsTo(step("OPINION"))).isTrue();
        assertThat(new AccusationInput.Opinion().belongsTo(step("CLARIFICATION"))).isFalse();
        assertThat(new AccusationInput.Clarified().belongsTo(step("CLARIFICATION"))).isTrue();
        assertThat(new AccusationInput.JointReview().belongsTo(step("INTAKE"))).isFalse();
    }

    @Test
    void textsAreStrippedAndBlankIsMissing() {
        assertThat(new AllegationFinding(1, FindingType.UNTRUE, "  经核查不属实\n").reason()).isEqualTo("经核查不属实");
        assertThat(new AllegationFinding(1, null, "   ").reason()).isNull();
        assertThat(new AccusationInput.Handling(" 市公安局 ", LocalDate.of(2026, 1, 5)).referredTo())
                .isEqualTo("市公安局");
        assertThat(new AccusationInput.Handling("", null).referredTo()).isNull();
    }

    @Test
    void theFindingsAreReadByTheAllegationTheyAreOn() {
        List<AllegationFinding> given = new ArrayList<>(List.of(new AllegationFinding(11, FindingType.FABRICATED,
                "捏造"), new AllegationFinding(12, FindingType.TRUE, "属实")));
        AccusationInput.Findings findings = new AccusationInput.Findings(given);
        given.clear();
        assertThat(findings.findings()).hasSize(2);
        Map<Long, AllegationFinding> byAllegation = findings.byAllegation();
        assertThat(byAllegation).containsOnlyKeys(11L, 12L);
        assertThat(byAllegation.get(12L).finding()).isEqualTo(FindingType.TRUE);
        assertThat(new AccusationInput.Findings(null).findings()).isEmpty();
    }
}
