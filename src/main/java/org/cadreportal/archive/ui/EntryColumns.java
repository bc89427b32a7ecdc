package org.cadreportal.archive.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import org.cadreportal.archive.EntryRow;

/** The columns of every entry grid; the sort keys are those the service sorts on in the database. */
final class EntryColumns {

    /** The key of the 提交时间 column, for a view that sorts by it at first. */
    static final String SUBMITTED_AT = "submittedAt";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EntryColumns() {
    }

    static void configure(Grid<EntryRow> grid, boolean withCadre) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        if (withCadre) {
            grid.addColumn(EntryRow::cadreName).setHeader(t(grid, "archive.field.cadre"))
                    .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
            grid.addColumn(EntryRow::unitName).setHeader(t(grid, "archive.field.unit"))
                    .setWidth("9em").setFlexGrow(0);
        }
        grid.addColumn(r -> r.period().in(locale())).setHeader(t(grid, "archive.field.period"))
                .setSortProperty("periodId").setWidth("9em").setFlexGrow(0);
        grid.addColumn(r -> r.field().in(locale())).setHeader(t(grid, "archive.field.field"))
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(r -> t(grid, r.role().labelKey())).setHeader(t(grid, "archive.field.roleShort"))
                .setWidth("4em").setFlexGrow(0);
        grid.addColumn(EntryRow::whatDone).setHeader(t(grid, "archive.field.whatDone")).setFlexGrow(1)
                .setWidth("12em").setTooltipGenerator(EntryRow::whatDone);
        grid.addComponentColumn(r -> {
            Span tags = new Span(EntryTags.status(r.status()));
            if (r.late()) {
                tags.add(EntryTags.late());
            }
            return tags;
        }).setHeader(t(grid, "archive.field.status")).setSortProperty("status").setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(r -> r.submittedAt() == null ? "" : r.submittedAt().format(WHEN))
                .setHeader(t(grid, "archive.field.submittedAt")).setSortProperty("submittedAt").setKey(SUBMITTED_AT).setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(r -> r.scoreTotal() == null ? "" : r.scoreTotal().toString())
                .setHeader(t(grid, "archive.field.scoreTotalShort")).setWidth("4em").setFlexGrow(0);
    }

    private static java.util.Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private static String t(Grid<?> grid, String key) {
        return grid.getTranslation(key);
    }
}
