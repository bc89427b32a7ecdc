package org.cadreportal.accusation.service;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.base.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The case list as an Excel sheet, in the grid's columns; never the reporter. */
@Component
class AccusationWorkbook {

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("accusation.field.caseNo", "accusation.field.reportNo",
            "accusation.field.receivedOn", "accusation.field.channel", "accusation.field.accused",
            "accusation.field.unit", "accusation.field.currentStep", "accusation.field.status",
            "accusation.field.clarificationDue", "accusation.field.daysLeft");

    private final MessageSource messages;

    AccusationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Function<Pageable, Page<AccusationRow>> source, OutputStream out) {
        ExcelExport.write(label("accusation.sheet"), COLUMNS.stream().map(this::label).toList(), source, this::cells,
                out);
    }

    private List<String> cells(AccusationRow r) {
        return List.of(r.caseNo(), r.reportNo(), r.receivedOn().toString(), label(r.channel().labelKey()),
                r.accusedNames(), r.unitName(), r.currentOrdinal() + ". " + r.stepNameZh(),
                label(r.status().labelKey()), r.clarificationDueOn() == null ? "" : r.clarificationDueOn().toString(),
                r.clarificationDaysLeft() == null ? "" : r.clarificationDaysLeft().toString());
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
