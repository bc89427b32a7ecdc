package org.cadreportal.adjustment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cadreportal.cadre.CadreRank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The step inputs' own rules, as Bean Validation applies them at the service: each refusal on its field. */
class StepInputTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    /** The refused fields, each with its message template. */
    private static Map<String, String> refusals(StepInput input) {
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<StepInput> v : validator.validate(input)) {
            found.put(v.getPropertyPath().toString(), v.getMessageTemplate());
        }
        return found;
    }

    @Test
    void missingValuesAreRefusedOnTheirFields() {
        assertThat(refusals(new StepInput.Warning(null, "  ", null))).isEqualTo(Map.of(
                "warningDate", "{validation.required}", "warningContent", "{validation.required}",
                "improvementDeadline", "{validation.required}"));
        assertThat(refusals(new StepInput.Proposal(null, null, null)))
                .containsOnlyKeys("proposedPost", "proposedRank");
        assertThat(refusals(new StepInput.Appointment("", null))).containsOnlyKeys("documentNo", "effectiveDate");
        assertThat(refusals(new StepInput.FollowUp(null, true))).containsOnlyKeys("closingAssessment");
        assertThat(refusals(new StepInput.Probation(null, " "))).containsOnlyKeys("result", "assessment");
    }

    @Test
    void textsAreStrippedAndThenMeasured() {
        StepInput.Statement padded = new StepInput.Statement("  服从组织安排\n");
        assertThat(padded.statement()).isEqualTo("服从组织安排");
        assertThat(refusals(padded)).isEmpty();
        assertThat(refusals(new StepInput.Statement(" " + "陈".repeat(2000) + " "))).isEmpty();
        assertThat(refusals(new StepInput.Statement("陈".repeat(2001))))
                .isEqualTo(Map.of("statement", "{validation.tooLong}"));
        assertThat(refusals(new StepInput.Appointment("号".repeat(65), LocalDate.of(2026, 1, 1))))
                .isEqualTo(Map.of("documentNo", "{validation.tooLong}"));
    }

    @Test
    void completeInputsPass() {
        assertThat(refusals(new StepInput.Warning(LocalDate.of(2026, 1, 1), "限期整改", LocalDate.of(2026, 4, 1))))
                .isEmpty();
        assertThat(refusals(new StepInput.Proposal(null, "四级调研员", CadreRank.SECTION_HEAD))).isEmpty();
        assertThat(refusals(new StepInput.Opinion(null))).isEmpty();
        assertThat(new StepInput.Opinion(null).situationIds()).isEqualTo(Set.of());
        assertThat(refusals(new StepInput.Decision())).isEmpty();
    }
}
