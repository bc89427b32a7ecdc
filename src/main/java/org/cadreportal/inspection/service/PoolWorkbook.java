package org.cadreportal.inspection.service;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.inspection.PoolRow;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The reserve pool as one Excel sheet, streamed a page at a time, in Chinese like the other exports. */
@Component
class PoolWorkbook {

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("pool.field.cadre", "pool.field.unit", "pool.field.post",
            "pool.field.addedOn", "pool.field.recommendations", "pool.field.latest", "pool.field.reason",
            "pool.field.status", "pool.field.case");

    private final MessageSource messages;

    PoolWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Function<Pageable, Page<PoolRow>> source, OutputStream out) {
        ExcelExport.write(label("pool.sheet"), COLUMNS.stream().map(this::label).toList(), source, this::cells, out);
    }

    private List<String> cells(PoolRow r) {
        PoolRow.Source latest = r.latest();
        return List.of(r.cadreName(), r.unitName(), r.postTitle() == null ? "" : r.postTitle(), r.addedOn().toString(),
                Integer.toString(r.sources().size()),
                latest == null ? "" : latest.inspectedOn() + " " + label(latest.recommendation().labelKey()),
                latest == null ? "" : latest.reason(), label(r.status().labelKey()),
                r.caseNo() == null ? "" : r.caseNo());
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
