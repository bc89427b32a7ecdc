package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.cadreportal.supervision.ItemRow;

/** The columns the items grid and "my items" share. */
final class ItemColumns {

    private ItemColumns() {
    }

    static void configure(Grid<ItemRow> grid, boolean sortable) {
        UI ui = UI.getCurrent();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        sort(grid.addColumn(new ComponentRenderer<>(r -> LightBadge.of(r.light())))
                .setHeader(ui.getTranslation("supervision.field.light")), sortable, "light").setWidth("5.5em").setFlexGrow(0);
        sort(grid.addColumn(ItemRow::itemNo).setHeader(ui.getTranslation("supervision.field.itemNo")), sortable, "itemNo")
                .setWidth("8.5em").setFlexGrow(0);
        sort(grid.addColumn(ItemRow::title).setHeader(ui.getTranslation("supervision.field.title")), sortable, "title")
                .setFlexGrow(3).setTooltipGenerator(ItemRow::title);
        grid.addColumn(r -> "en".equals(ui.getLocale().getLanguage()) ? r.aspectEn() : r.aspectZh())
                .setHeader(ui.getTranslation("supervision.field.aspect")).setWidth("7.5em").setFlexGrow(0);
        sort(grid.addColumn(r -> ui.getTranslation(r.method().labelKey()))
                .setHeader(ui.getTranslation("supervision.field.method")), sortable, "method").setWidth("7.5em")
                .setFlexGrow(0);
        sort(grid.addColumn(ItemRow::leadUnit).setHeader(ui.getTranslation("supervision.field.leadUnit")), sortable,
                "leadUnit.name").setFlexGrow(1);
        sort(grid.addColumn(r -> r.endDate().toString()).setHeader(ui.getTranslation("supervision.field.endDate")),
                sortable, "endDate").setWidth("7em").setFlexGrow(0);
        sort(grid.addColumn(r -> r.actualProgress() + "%").setHeader(ui.getTranslation("supervision.field.progress")),
                sortable, "actualProgress").setWidth("6.5em").setFlexGrow(0);
        sort(grid.addColumn(r -> ui.getTranslation(r.status().labelKey()))
                .setHeader(ui.getTranslation("supervision.field.status")), sortable, "status").setWidth("5.5em")
                .setFlexGrow(0);
    }

    private static Grid.Column<ItemRow> sort(Grid.Column<ItemRow> c, boolean sortable, String property) {
        return sortable ? c.setSortProperty(property) : c;
    }
}
