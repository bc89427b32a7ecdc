package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.cadreportal.cadre.CareerRow;

/** 任职经历: the career history, newest first. */
class CareerPanel extends Div {

    CareerPanel(List<CareerRow> rows) {
        Grid<CareerRow> grid = new Grid<>(CareerRow.class, false);
        grid.setId("career-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.startDate().format(CadreListView.DATE)).setHeader(getTranslation("career.start")).setAutoWidth(true);
        grid.addColumn(r -> r.endDate() == null ? getTranslation("career.current") : r.endDate().format(CadreListView.DATE))
                .setHeader(getTranslation("career.end")).setAutoWidth(true);
        grid.addColumn(CareerRow::unitName).setHeader(getTranslation("cadre.field.unit")).setFlexGrow(2);
        grid.addColumn(CareerRow::postTitle).setHeader(getTranslation("cadre.field.post")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.rank().labelKey())).setHeader(getTranslation("cadre.field.rank")).setAutoWidth(true);
        grid.addColumn(this::note).setHeader(getTranslation("career.note")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("career.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String note(CareerRow r) {
        if (r.note() == null) {
            return "";
        }
        return r.impactUntil() == null ? r.note()
                : getTranslation("career.noteImpact", r.note(), r.impactUntil().format(CadreListView.DATE));
    }
}
