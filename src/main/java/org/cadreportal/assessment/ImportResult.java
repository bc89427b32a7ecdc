package org.cadreportal.assessment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of a statistics import: either every row was saved (and the plan scored again) or none was (the
 * bad rows and why). {@code row} is the spreadsheet's own row number, {@code column} the column's heading.
 */
public record ImportResult(int saved, List<RowError> errors) {

    /** Nothing saved: one reason per cell, the first found (an unreadable number beats "required"), by row. */
    public static ImportResult refused(List<RowError> errors) {
        Set<String> cells = new HashSet<>();
        return new ImportResult(0, errors.stream().filter(e -> cells.add(e.row() + ":" + e.column()))
                .sorted(Comparator.comparingInt(RowError::row)).toList());
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public record RowError(int row, String column, String messageKey, List<Object> args) {
    }
}
