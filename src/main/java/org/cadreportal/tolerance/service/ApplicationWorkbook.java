package org.cadreportal.tolerance.service;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The application list as an Excel sheet, in the grid's columns (Chinese, like the department's own lists). */
@Component
class ApplicationWorkbook {

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("tolerance.field.applicationNo", "tolerance.field.cadre",
            "tolerance.field.unit", "tolerance.field.applicantType", "tolerance.field.category",
            "tolerance.field.matter", "tolerance.field.currentStep", "tolerance.field.status",
            "tolerance.field.appliedOn", "tolerance.field.dueOn", "tolerance.field.outcome",
            "tolerance.field.decidedOn");

    private final MessageSource messages;

    ApplicationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Function<Pageable, Page<ApplicationRow>> source, OutputStream out) {
        ExcelExport.write(label("tolerance.sheet"), COLUMNS.stream().map(this::label).toList(), source,
                this::cells, out);
    }

    private List<String> cells(ApplicationRow r) {
        return List.of(r.applicationNo(), r.cadreName(), r.unitName(), label(r.applicantType().labelKey()),
                r.categoryZh(), r.matter(), r.currentOrdinal() + ". " + r.stepNameZh(), label(r.status().labelKey()),
                r.appliedOn().toString(), r.status() == CaseStatus.OPEN ? r.stepDueOn().toString() : "",
                r.outcome() == null ? "" : label(r.outcome().labelKey()),
                r.decidedOn() == null ? "" : r.decidedOn().toString());
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
