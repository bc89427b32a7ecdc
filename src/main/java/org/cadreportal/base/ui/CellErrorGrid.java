package org.cadreportal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The refused rows of an all-or-nothing spreadsheet import: row, column and the reason, one line per bad cell.
 * The roster and the assessment statistics show their refusals the same way.
 */
public final class CellErrorGrid {

    private CellErrorGrid() {
    }

    /**
     * @param reason the reason already translated for the reader (a message key and its arguments)
     */
    public static <T> Grid<T> of(String id, List<T> errors, ToIntFunction<T> row, Function<T, String> column,
                                 Function<T, String> reason) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row::applyAsInt).setHeader(grid.getTranslation("roster.error.row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(column::apply).setHeader(grid.getTranslation("roster.error.column")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(reason::apply).setHeader(grid.getTranslation("roster.error.reason"));
        grid.setItems(errors);
        grid.setHeight("18em");
        return grid;
    }
}
