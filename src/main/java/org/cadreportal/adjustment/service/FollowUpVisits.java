package org.cadreportal.adjustment.service;

import java.util.List;
import org.cadreportal.workflow.StepTexts;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.adjustment.VisitForm;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.base.FieldException;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.LockedStep;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTaken;

/** 跟踪回访: a visit made during the follow-up step is recorded on the case and as a step record, the case staying. */
final class FollowUpVisits {

    private FollowUpVisits() {
    }

    static AdjustmentCase add(CaseDesk<AdjustmentCase> desk, long id, int version, VisitForm form) {
        LockedStep<AdjustmentCase> at = desk.lockForStep(id, version);
        AdjustmentServiceImpl.requireForm(at.step(), StepInput.FollowUp.class);
        if (form.visitDate() == null) {
            throw new FieldException("visitDate", "validation.required");
        }
        if (form.visitDate().isAfter(desk.today())) {
            throw new FieldException("visitDate", "validation.notFuture");
        }
        String notes = StepTexts.required("notes", form.notes(), 2000);
        at.target().addVisit(form.visitDate(), desk.actorName(), notes, desk.actorName(), desk.now());
        return desk.take(at.target(), at.procedure(), StepTaken.of(at.step(), notes,
                List.of(StepDetail.text("adjustment.field.visitDate", form.visitDate()))), Move.stay());
    }
}
