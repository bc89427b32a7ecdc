package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.workflow.ui.StatusTag;

/** The columns both case lists share, so "all cases" and "my tasks" read alike. */
final class CaseColumns {

    private CaseColumns() {
    }

    static void configure(Grid<CaseRow> grid, boolean sortable) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        col(grid.addColumn(CaseRow::caseNo).setHeader(grid.getTranslation("adjustment.field.caseNo")), sortable,
                "caseNo").setWidth("8em").setFlexGrow(0);
        col(grid.addColumn(CaseRow::cadreName).setHeader(grid.getTranslation("adjustment.field.cadre")), sortable,
                "cadreName").setWidth("5.5em").setFlexGrow(0);
        col(grid.addColumn(CaseRow::unitName).setHeader(grid.getTranslation("adjustment.field.unit")), sortable,
                "unit.name").setFlexGrow(1);
        col(grid.addColumn(r -> grid.getTranslation(r.direction().labelKey()))
                .setHeader(grid.getTranslation("adjustment.field.direction")), sortable, "direction")
                .setWidth("5em").setFlexGrow(0);
        col(grid.addColumn(r -> r.currentOrdinal() + " " + r.stepName(com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("adjustment.field.currentStep")), sortable, "progress.currentOrdinal")
                .setFlexGrow(2).setTooltipGenerator(r -> r.stepName(com.vaadin.flow.component.UI.getCurrent().getLocale()));
        grid.addColumn(r -> grid.getTranslation(r.stepRole().labelKey()))
                .setHeader(grid.getTranslation("adjustment.field.stepRole")).setWidth("7em").setFlexGrow(0)
                .setTooltipGenerator(r -> grid.getTranslation(r.stepRole().labelKey()));
        col(grid.addColumn(new ComponentRenderer<>(CaseColumns::status))
                .setHeader(grid.getTranslation("adjustment.field.status")), sortable, "progress.status")
                .setWidth("7em").setFlexGrow(0);
        col(grid.addColumn(r -> r.openedOn().toString()).setHeader(grid.getTranslation("adjustment.field.openedOn")),
                sortable, "openedOn").setWidth("6.5em").setFlexGrow(0);
        col(grid.addColumn(new ComponentRenderer<>(CaseColumns::due))
                .setHeader(grid.getTranslation("adjustment.field.dueOn")), sortable, "progress.stepDueOn")
                .setWidth("11.5em").setFlexGrow(0);
    }

    private static Grid.Column<CaseRow> col(Grid.Column<CaseRow> column, boolean sortable, String property) {
        if (sortable) {
            column.setSortProperty(property);
        }
        return column;
    }

    static Span status(CaseRow r) {
        return StatusTag.of(r.status());
    }

    private static Span due(CaseRow r) {
        return StatusTag.due(r.status(), r.stepDueOn(), r.overdueDays(), "adjustment.overdue");
    }
}
