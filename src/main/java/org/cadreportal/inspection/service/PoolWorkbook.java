package org.cadreportal.inspection.service;

import java.util.List;
import org.cadreportal.base.ListWorkbook;
import org.cadreportal.inspection.PoolRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reserve pool as one Excel sheet, streamed a page at a time, in Chinese like the other exports. */
@Component
class PoolWorkbook extends ListWorkbook<PoolRow> {

    private static final List<String> COLUMNS = List.of("pool.field.cadre", "pool.field.unit", "pool.field.post",
            "pool.field.addedOn", "pool.field.recommendations", "pool.field.latest", "pool.field.reason",
            "pool.field.status", "pool.field.case");

    PoolWorkbook(MessageSource messages) {
        super(messages, "pool.sheet", COLUMNS);
    }

    @Override
    protected List<String> cells(PoolRow r) {
        PoolRow.Source latest = r.latest();
        return List.of(r.cadreName(), r.unitName(), r.postTitle() == null ? "" : r.postTitle(), r.addedOn().toString(),
                Integer.toString(r.sources().size()),
                latest == null ? "" : latest.inspectedOn() + " " + label(latest.recommendation().labelKey()),
                latest == null ? "" : latest.reason(), label(r.status().labelKey()),
                r.caseNo() == null ? "" : r.caseNo());
    }
}
