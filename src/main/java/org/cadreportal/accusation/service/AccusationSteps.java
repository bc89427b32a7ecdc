package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.StepTaken;

/**
 * Completing a 查诬 step with its typed input: the case refuses a step that is not current or an input that
 * is not its form's; then the input's own values are checked, each refusal on its field (the rules the quick
 * log shares, {@link AccusationRules}); the case checks what its state asks for and writes the input; the
 * opinion is checked as text last. Returns what the step record keeps. Meetings and clarifications are
 * entries made on their step before it completes, by the service.
 */
@RequiredArgsConstructor
final class AccusationSteps {

    private final WorkingCalendar calendar;

    StepTaken complete(AccusationCase c, StepDefinition step, AccusationInput input, StepNote note,
                       LocalDate today) {
        c.requireInput(step, input);
        LocalDate clarificationDue = null;
        switch (input) {
            case AccusationInput.Findings f -> {
                checkFindings(c, f);
                clarificationDue = calendar.plusWorkingDays(today, AccusationRules.CLARIFY_WITHIN_WORKING_DAYS);
            }
            case AccusationInput.Handling h ->
                    AccusationRules.referral(c.hasFabricated(), h.referredTo(), h.referredOn(), c.getFoundOn(), today);
            default -> {
            }
        }
        c.complete(step, input, note, today, clarificationDue);
        String opinion = AccusationRules.optional("opinion", note.opinion(), 4000);
        return new StepTaken(step, opinion, details(c, input), note.attachments());
    }

    /** A finding with its reason for every allegation, refused on the allegation's own field. */
    private static void checkFindings(AccusationCase c, AccusationInput.Findings f) {
        Map<Long, AllegationFinding> given = f.byAllegation();
        for (Allegation a : c.getAllegations()) {
            AllegationFinding found = given.get(a.getId());
            AccusationRules.findingReason(a.getId().toString(), found == null ? null : found.finding(),
                    found == null ? null : found.reason());
        }
    }

    /** What the step's record keeps, by the input's type. */
    static List<StepDetail> details(AccusationCase c, AccusationInput input) {
        return switch (input) {
            case AccusationInput.Intake intake -> AccusationStepDetails.intakeDetails(c);
            case AccusationInput.JointReview review ->
                    List.of(StepDetail.text("accusation.field.meetings", c.getMeetings().size()));
            case AccusationInput.Findings findings -> AccusationStepDetails.findingDetails(c);
            case AccusationInput.Handling handling -> referral(c);
            case AccusationInput.Clarified clarified ->
                    List.of(StepDetail.text("accusation.field.clarified", c.getClarifications().size()));
            case AccusationInput.Opinion opinion -> List.of();
        };
    }

    /** The referral 处理 wrote, when a finding was 诬告陷害. */
    static List<StepDetail> referral(AccusationCase c) {
        List<StepDetail> details = new ArrayList<>();
        if (c.getReferredTo() != null) {
            details.add(StepDetail.text("accusation.field.referredTo", c.getReferredTo()));
            details.add(StepDetail.text("accusation.field.referredOn", c.getReferredOn()));
        }
        return details;
    }
}
