package org.cadreportal.tolerance.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.FieldException;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.ToleranceForms;
import org.cadreportal.tolerance.ToleranceSubmission;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTexts;

/**
 * What each step's form requires, checked field by field, written to the application, and returned as
 * the details its step record keeps (in Chinese, as the record is frozen on the day it is made).
 */
final class StepRules {

    private static final int TEXT = 2000;

    private StepRules() {
    }

    static List<StepDetail> apply(ToleranceApplication a, StepDefinition step, ToleranceSubmission s,
                                  LocalDate today) {
        List<StepDetail> details = new ArrayList<>();
        switch (step.form()) {
            case ToleranceForms.ACCEPTANCE -> {
                a.accept(today);
                details.add(StepDetail.text("tolerance.field.acceptedOn", today));
            }
            case ToleranceForms.VERIFICATION -> {
                String opinion = text("verificationOpinion", s.getVerificationOpinion(), TEXT);
                a.verify(s.getExclusionsFound(), opinion, today);
                for (Exclusion e : Exclusion.values()) {
                    details.add(StepDetail.key(e.labelKey(), s.getExclusionsFound().contains(e)
                            ? "tolerance.exclusion.found" : "tolerance.exclusion.notFound"));
                }
                details.add(StepDetail.text("tolerance.field.verificationOpinion", opinion));
            }
            case ToleranceForms.FINDING -> {
                // The exclusion rule is checked first: a refused 免责 says why, whatever else is missing.
                a.checkFinding(s.getOutcome());
                String reasons = text("findingReasons", s.getFindingReasons(), TEXT);
                a.decide(s.getOutcome(), reasons, today);
                details.add(StepDetail.key("tolerance.field.outcome", s.getOutcome().labelKey()));
                details.add(StepDetail.text("tolerance.field.findingReasons", reasons));
            }
            case ToleranceForms.FEEDBACK -> {
                LocalDate on = required("feedbackOn", s.getFeedbackOn());
                if (on.isAfter(today)) {
                    throw new FieldException("feedbackOn", "validation.notFuture");
                }
                if (a.getDecidedOn() != null && on.isBefore(a.getDecidedOn())) {
                    throw new FieldException("feedbackOn", "tolerance.error.feedbackBeforeFinding", a.getDecidedOn());
                }
                String note = text("feedbackNote", s.getFeedbackNote(), TEXT);
                a.feedBack(on, note);
                details.add(StepDetail.text("tolerance.field.feedbackOn", on));
                details.add(StepDetail.text("tolerance.field.feedbackNote", note));
            }
            case ToleranceForms.FILING -> {
                String number = text("archiveNo", s.getArchiveNo(), 64);
                a.file(number, today);
                details.add(StepDetail.text("tolerance.field.archiveNo", number));
            }
            default -> {
                // APPLICATION is recorded when the application is registered.
            }
        }
        return details;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new FieldException(field, "validation.required");
        }
        return value;
    }

    static String text(String field, String value, int max) {
        return StepTexts.required(field, value, max);
    }

    /** Optional text: null when blank, refused when too long. */
    static String optional(String field, String value, int max) {
        return StepTexts.optional(field, value, max);
    }
}
