package org.cadreportal.adjustment.service;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.base.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The case list as an Excel sheet, in the grid's columns (Chinese, like the department's own lists). */
@Component
class CaseWorkbook {

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("adjustment.field.caseNo", "adjustment.field.cadre",
            "adjustment.field.unit", "adjustment.field.direction", "adjustment.field.source",
            "adjustment.field.currentStep", "adjustment.field.status", "adjustment.field.openedOn",
            "adjustment.field.dueOn", "adjustment.field.overdueDays");

    private final MessageSource messages;

    CaseWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Function<Pageable, Page<CaseRow>> source, OutputStream out) {
        ExcelExport.write(label("adjustment.sheet"), COLUMNS.stream().map(this::label).toList(), source,
                this::cells, out);
    }

    private List<String> cells(CaseRow r) {
        return List.of(r.caseNo(), r.cadreName(), r.unitName(), label(r.direction().labelKey()),
                label(r.source().labelKey()), r.currentOrdinal() + ". " + r.stepNameZh(), label(r.status().labelKey()),
                r.openedOn().toString(), r.stepDueOn().toString(),
                r.overdueDays() > 0 ? Long.toString(r.overdueDays()) : "");
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
