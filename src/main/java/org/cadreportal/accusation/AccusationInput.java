package org.cadreportal.accusation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.workflow.FormInput;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepTexts;

/**
 * What the actor enters to complete a 查诬 step, one record per form a step of the procedure names (seeded in V16);
 * the opinion and files come beside it ({@link org.cadreportal.workflow.StepNote}). The step panel and the
 * service choose by this type; the case refuses an input that is not its current step's. A meeting and a
 * clarification are entries made on their step before it completes ({@link JointMeetingForm},
 * {@link ClarificationForm}). Every check here depends on the case (which allegations it has, whether one was
 * found 诬告陷害, the day of the finding), so the service makes them, each on its field; texts are stripped
 * (blank is missing) first.
 */
public sealed interface AccusationInput extends FormInput {

    /** The empty input of the step's form: the one place a step's form code turns into its type. */
    static AccusationInput of(StepDefinition step) {
        return switch (step.form()) {
            case "INTAKE" -> new Intake();
            case "JOINT_MEETING" -> new JointReview();
            case "OPINION" -> new Opinion();
            case "FINDING" -> new Findings(List.of());
            case "HANDLING" -> new Handling(null, null);
            case "CLARIFICATION" -> new Clarified();
            default -> throw new IllegalStateException("No form " + step.form());
        };
    }

    /** The ordinal of the procedure's first step whose form takes this type of input; -1 if none does. */
    static int ordinalOf(ProcedureDefinition procedure, Class<? extends AccusationInput> type) {
        return procedure.steps().stream().filter(s -> type.isInstance(of(s))).mapToInt(StepDefinition::ordinal)
                .findFirst().orElse(-1);
    }

    /** 受理: the report itself, taken when it is registered. */
    record Intake() implements AccusationInput {
    }

    /** 联席会议研判 completes once a meeting is recorded on it. */
    record JointReview() implements AccusationInput {
    }

    /** 核查 and 归档: only the opinion and files. */
    record Opinion() implements AccusationInput {
    }

    /** 认定: a finding, with its reason, for every allegation of the case. */
    record Findings(List<AllegationFinding> findings) implements AccusationInput {
        public Findings {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        /** The findings by the allegation they are on. */
        public Map<Long, AllegationFinding> byAllegation() {
            Map<Long, AllegationFinding> given = new HashMap<>();
            findings.forEach(f -> given.put(f.allegationId(), f));
            return given;
        }
    }

    /** 处理: where a malicious reporter was referred (移送) and when; asked for only after a 诬告陷害 finding. */
    record Handling(String referredTo, LocalDate referredOn) implements AccusationInput {
        public Handling {
            referredTo = StepTexts.clean(referredTo);
        }
    }

    /** 澄清 completes once every cadre a finding cleared has been given a clarification. */
    record Clarified() implements AccusationInput {
    }

    @Override
    default boolean belongsTo(StepDefinition step) {
        return of(step).getClass() == getClass();
    }
}
