package org.cadreportal.cadre;

import java.util.List;

/**
 * The outcome of a roster import: either every row was saved (counts) or none was (the bad rows and
 * why). {@code row} is the spreadsheet's own row number, as the clerk sees it in Excel.
 */
public record RosterImportResult(int added, int updated, List<RowError> errors) {

    public boolean saved() {
        return errors.isEmpty();
    }

    public record RowError(int row, String column, String messageKey, List<Object> args) {
    }
}
