package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.base.ListWorkbook;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The application list as an Excel sheet, in the grid's columns (Chinese, like the department's own lists). */
@Component
class ApplicationWorkbook extends ListWorkbook<ApplicationRow> {

    private static final List<String> COLUMNS = List.of("tolerance.field.applicationNo", "tolerance.field.cadre",
            "tolerance.field.unit", "tolerance.field.applicantType", "tolerance.field.category",
            "tolerance.field.matter", "tolerance.field.currentStep", "tolerance.field.status",
            "tolerance.field.appliedOn", "tolerance.field.dueOn", "tolerance.field.outcome",
            "tolerance.field.decidedOn");

    ApplicationWorkbook(MessageSource messages) {
        super(messages, "tolerance.sheet", COLUMNS);
    }

    @Override
    protected List<String> cells(ApplicationRow r) {
        return List.of(r.applicationNo(), r.cadreName(), r.unitName(), label(r.applicantType().labelKey()),
                r.categoryZh(), r.matter(), r.currentOrdinal() + ". " + r.stepNameZh(), label(r.status().labelKey()),
                r.appliedOn().toString(), r.status() == CaseStatus.OPEN ? r.stepDueOn().toString() : "",
                r.outcome() == null ? "" : label(r.outcome().labelKey()),
                r.decidedOn() == null ? "" : r.decidedOn().toString());
    }
}
