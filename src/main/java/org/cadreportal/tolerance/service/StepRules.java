package org.cadreportal.tolerance.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.FieldException;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.ToleranceInput;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTexts;

/**
 * What a step's input needs beyond its own fields: the clock, the application's state, then Bean
 * Validation of the fields (after the exclusion rule, so a refused 免责 says why whatever else is
 * missing); the application writes it, and the details its step record keeps are returned (in Chinese,
 * as the record is frozen on the day it is made).
 */
final class StepRules {

    private StepRules() {
    }

    static List<StepDetail> apply(ToleranceApplication a, StepDefinition step, ToleranceInput input,
                                  CaseDesk<ToleranceApplication> desk) {
        a.requireInput(step, input);
        if (input instanceof ToleranceInput.Finding f) {
            a.checkFinding(f.outcome());
        }
        desk.valid(input);
        LocalDate today = desk.today();
        if (input instanceof ToleranceInput.Feedback f && f.feedbackOn().isAfter(today)) {
            throw new FieldException("feedbackOn", "validation.notFuture");
        }
        a.complete(step, input, today);
        List<StepDetail> details = new ArrayList<>();
        switch (input) {
            case ToleranceInput.Acceptance acceptance -> details.add(StepDetail.text("tolerance.field.acceptedOn", today));
            case ToleranceInput.Verification v -> {
                for (Exclusion e : Exclusion.values()) {
                    details.add(StepDetail.key(e.labelKey(), v.exclusionsFound().contains(e)
                            ? "tolerance.exclusion.found" : "tolerance.exclusion.notFound"));
                }
                details.add(StepDetail.text("tolerance.field.verificationOpinion", v.verificationOpinion()));
            }
            case ToleranceInput.Finding f -> {
                details.add(StepDetail.key("tolerance.field.outcome", f.outcome().labelKey()));
                details.add(StepDetail.text("tolerance.field.findingReasons", f.findingReasons()));
            }
            case ToleranceInput.Feedback f -> {
                details.add(StepDetail.text("tolerance.field.feedbackOn", f.feedbackOn()));
                details.add(StepDetail.text("tolerance.field.feedbackNote", f.feedbackNote()));
            }
            case ToleranceInput.Filing f -> details.add(StepDetail.text("tolerance.field.archiveNo", f.archiveNo()));
            case ToleranceInput.Application application -> {
                // 申请 is recorded when the application is registered.
            }
        }
        return details;
    }

    static String text(String field, String value, int max) {
        return StepTexts.required(field, value, max);
    }

    /** Optional text: null when blank, refused when too long. */
    static String optional(String field, String value, int max) {
        return StepTexts.optional(field, value, max);
    }
}
