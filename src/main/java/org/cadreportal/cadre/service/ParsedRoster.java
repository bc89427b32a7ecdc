package org.cadreportal.cadre.service;

import java.util.List;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.RosterImportResult.RowError;

/** A roster as read from the sheet: the rows that could be read, and what could not. */
record ParsedRoster(List<Row> rows, List<RowError> errors) {

    /** {@code profile}: the row's 任免审批表 cells, null when it has none. */
    record Row(int rowNumber, String unitCode, CadreForm form, org.cadreportal.cadre.ProfileForm profile) {
    }
}
