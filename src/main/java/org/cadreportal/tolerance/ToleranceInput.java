package org.cadreportal.tolerance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cadreportal.workflow.FormInput;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepTexts;

/**
 * What the actor enters on a step's own form of a tolerance application, one record per form a step names
 * ({@link ToleranceForms}); the opinion and files come beside it ({@link org.cadreportal.workflow.StepNote}).
 * The step panel and the service choose by this type; the application refuses an input that is not its
 * current step's. Texts are stripped (blank is missing) before they are checked.
 */
public sealed interface ToleranceInput extends FormInput {

    /** The empty input of the step's form: the one place a step's form code turns into its type. */
    static ToleranceInput of(StepDefinition step) {
        return switch (step.form()) {
            case ToleranceForms.APPLICATION -> new Application();
            case ToleranceForms.ACCEPTANCE -> new Acceptance();
            case ToleranceForms.VERIFICATION -> new Verification(Set.of(), null);
            case ToleranceForms.FINDING -> new Finding(null, null);
            case ToleranceForms.FEEDBACK -> new Feedback(null, null);
            case ToleranceForms.FILING -> new Filing(null);
            default -> throw new IllegalStateException("No form " + step.form());
        };
    }

    @Override
    default boolean belongsTo(StepDefinition step) {
        return of(step).getClass() == getClass();
    }

    /** 申请 done again after a send-back: the application itself was recorded when it was registered. */
    record Application() implements ToleranceInput {
    }

    /** 受理: the day is today's; only the opinion and files are entered. */
    record Acceptance() implements ToleranceInput {
    }

    /** 核实: which of the three exclusions were found, and the verification opinion. */
    record Verification(Set<Exclusion> exclusionsFound,
                        @NotBlank(message = "{validation.required}")
                        @Size(max = 2000, message = "{validation.tooLong}") String verificationOpinion)
            implements ToleranceInput {
        public Verification {
            exclusionsFound = exclusionsFound == null || exclusionsFound.isEmpty() ? Set.of()
                    : Set.copyOf(EnumSet.copyOf(exclusionsFound));
            verificationOpinion = StepTexts.clean(verificationOpinion);
        }
    }

    /** 认定: 免责, 减责 or 不予容错, and why. */
    record Finding(@NotNull(message = "{validation.required}") FindingOutcome outcome,
                   @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                   String findingReasons) implements ToleranceInput {
        public Finding {
            findingReasons = StepTexts.clean(findingReasons);
        }
    }

    /** 反馈: when the finding was reported back, and how. */
    record Feedback(@NotNull(message = "{validation.required}") LocalDate feedbackOn,
                    @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                    String feedbackNote) implements ToleranceInput {
        public Feedback {
            feedbackNote = StepTexts.clean(feedbackNote);
        }
    }

    /** 归档: the archive number. */
    record Filing(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
                  String archiveNo) implements ToleranceInput {
        public Filing {
            archiveNo = StepTexts.clean(archiveNo);
        }
    }
}
