package org.cadreportal.accusation.service;

import java.util.List;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.base.ListWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The case list as an Excel sheet, in the grid's columns; never the reporter. */
@Component
class AccusationWorkbook extends ListWorkbook<AccusationRow> {

    private static final List<String> COLUMNS = List.of("accusation.field.caseNo", "accusation.field.reportNo",
            "accusation.field.receivedOn", "accusation.field.channel", "accusation.field.accused",
            "accusation.field.unit", "accusation.field.currentStep", "accusation.field.status",
            "accusation.field.clarificationDue", "accusation.field.daysLeft");

    AccusationWorkbook(MessageSource messages) {
        super(messages, "accusation.sheet", COLUMNS);
    }

    @Override
    protected List<String> cells(AccusationRow r) {
        return List.of(r.caseNo(), r.reportNo(), r.receivedOn().toString(), label(r.channel().labelKey()),
                r.accusedNames(), r.unitName(), r.currentOrdinal() + ". " + r.stepNameZh(),
                label(r.status().labelKey()), r.clarificationDueOn() == null ? "" : r.clarificationDueOn().toString(),
                r.clarificationDaysLeft() == null ? "" : r.clarificationDaysLeft().toString());
    }
}
