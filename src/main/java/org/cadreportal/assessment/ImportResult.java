package org.cadreportal.assessment;

import java.util.List;

/**
 * The outcome of a statistics import: either every row was saved (and the plan scored again) or none was (the
 * bad rows and why). {@code row} is the spreadsheet's own row number, {@code column} the column's heading.
 */
public record ImportResult(int saved, List<RowError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }

    public record RowError(int row, String column, String messageKey, List<Object> args) {
    }
}
