package org.cadreportal.adjustment.service;

import java.util.List;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.base.ListWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The case list as an Excel sheet, in the grid's columns (Chinese, like the department's own lists). */
@Component
class CaseWorkbook extends ListWorkbook<CaseRow> {

    private static final List<String> COLUMNS = List.of("adjustment.field.caseNo", "adjustment.field.cadre",
            "adjustment.field.unit", "adjustment.field.direction", "adjustment.field.source",
            "adjustment.field.currentStep", "adjustment.field.status", "adjustment.field.openedOn",
            "adjustment.field.dueOn", "adjustment.field.overdueDays");

    CaseWorkbook(MessageSource messages) {
        super(messages, "adjustment.sheet", COLUMNS);
    }

    @Override
    protected List<String> cells(CaseRow r) {
        return List.of(r.caseNo(), r.cadreName(), r.unitName(), label(r.direction().labelKey()),
                label(r.source().labelKey()), r.currentOrdinal() + ". " + r.stepNameZh(), label(r.status().labelKey()),
                r.openedOn().toString(), r.stepDueOn().toString(),
                r.overdueDays() > 0 ? Long.toString(r.overdueDays()) : "");
    }
}
