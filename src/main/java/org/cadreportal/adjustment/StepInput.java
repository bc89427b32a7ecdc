package org.cadreportal.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.FormInput;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepTexts;

/**
 * What the actor enters on a step's own form, one record per form a procedure step names ({@link StepForms}).
 * The opinion and the files every step takes come beside it ({@link org.cadreportal.workflow.StepNote}). The
 * step panel and the service choose what to do by this type; the case refuses an input that is not its
 * current step's. Texts are stripped (blank is missing) before they are checked.
 */
public sealed interface StepInput extends FormInput {

    /** The empty input of the step's form: the one place a step's form code turns into its type. */
    static StepInput of(StepDefinition step) {
        return switch (step.form()) {
            case StepForms.INITIATION -> new Initiation();
            case StepForms.OPINION -> new Opinion(Set.of());
            case StepForms.WARNING -> new Warning(null, null, null);
            case StepForms.STATEMENT -> new Statement(null);
            case StepForms.PROPOSAL -> new Proposal(null, null, null);
            case StepForms.CONSULTATION -> new Consultation(null);
            case StepForms.DECISION -> new Decision();
            case StepForms.TALK -> new Talk(null);
            case StepForms.APPOINTMENT -> new Appointment(null, null);
            case StepForms.FOLLOW_UP -> new FollowUp(null, false);
            case StepForms.PROBATION -> new Probation(null, null);
            default -> throw new IllegalStateException("No form " + step.form());
        };
    }

    @Override
    default boolean belongsTo(StepDefinition step) {
        return of(step).getClass() == getClass();
    }

    /** 启动动议 done again after a send-back: its values were recorded when the case opened. */
    record Initiation() implements StepInput {
    }

    /**
     * A step that records an opinion; 分析研判 of a case moving a cadre down also settles its situations (none
     * sent: those the case has stand).
     */
    record Opinion(Set<Long> situationIds) implements StepInput {
        public Opinion {
            situationIds = situationIds == null ? Set.of() : Set.copyOf(situationIds);
        }
    }

    /** 诫勉提醒: when, what, and by when the cadre must improve. */
    record Warning(@NotNull(message = "{validation.required}") LocalDate warningDate,
                   @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}")
                   String warningContent,
                   @NotNull(message = "{validation.required}") LocalDate improvementDeadline) implements StepInput {
        public Warning {
            warningContent = StepTexts.clean(warningContent);
        }
    }

    /** 听取本人陈述. */
    record Statement(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                     String statement) implements StepInput {
        public Statement {
            statement = StepTexts.clean(statement);
        }
    }

    /** 提出调整建议: the post and rank, and for a case moving a cadre down the method (required there). */
    record Proposal(Long methodId,
                    @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
                    String proposedPost,
                    @NotNull(message = "{validation.required}") CadreRank proposedRank) implements StepInput {
        public Proposal {
            proposedPost = StepTexts.clean(proposedPost);
        }
    }

    /** 征求纪检监察意见. */
    record Consultation(@NotBlank(message = "{validation.required}")
                        @Size(max = 2000, message = "{validation.tooLong}") String integrityOpinion)
            implements StepInput {
        public Consultation {
            integrityOpinion = StepTexts.clean(integrityOpinion);
        }
    }

    /** 讨论决定: the meeting and its vote decide; closing it takes only the opinion and files. */
    record Decision() implements StepInput {
    }

    /** 谈话. */
    record Talk(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                String talkRecord) implements StepInput {
        public Talk {
            talkRecord = StepTexts.clean(talkRecord);
        }
    }

    /** 宣布并办理任免: the document and the day the decided change takes effect. */
    record Appointment(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}")
                       String documentNo,
                       @NotNull(message = "{validation.required}") LocalDate effectiveDate) implements StepInput {
        public Appointment {
            documentNo = StepTexts.clean(documentNo);
        }
    }

    /** 跟踪回访's conclusion (the visits are recorded one by one before it). */
    record FollowUp(@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                    String closingAssessment, boolean reuseRecommended) implements StepInput {
        public FollowUp {
            closingAssessment = StepTexts.clean(closingAssessment);
        }
    }

    /** 试用期满考核: the result and the assessment that gives it. */
    record Probation(@NotNull(message = "{validation.required}") ProbationResult result,
                     @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}")
                     String assessment) implements StepInput {
        public Probation {
            assessment = StepTexts.clean(assessment);
        }
    }
}
