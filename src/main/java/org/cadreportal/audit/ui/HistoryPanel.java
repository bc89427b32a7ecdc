package org.cadreportal.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadreportal.audit.HistoryEntry.FieldChange;
import org.cadreportal.audit.HistoryEntry;
import org.springframework.modulith.NamedInterface;

/**
 * 变更历史: who changed which field of a record, when, from what to what. Shared by the features that show
 * a record's history (the cadre profile, the archive entry), hence exposed on its own.
 */
@NamedInterface("history")
public class HistoryPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Function<String, String> fieldKey;
    private final Map<String, Function<String, String>> coded;

    /**
     * Any record's history: {@code fieldKey} names a field's label, {@code coded} turns an enum-valued
     * field's code into its label key. Times are shown in the portal's zone (the clock's), whatever the
     * server's own zone is.
     */
    public HistoryPanel(List<HistoryEntry> entries, ZoneId zone, Function<String, String> fieldKey,
                        Map<String, Function<String, String>> coded) {
        this.fieldKey = fieldKey;
        this.coded = coded;
        Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.withZone(zone).format(e.when())).setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::who).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("history.type." + e.type().name())).setHeader(getTranslation("history.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("history.changes")).setFlexGrow(1);
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div changes(HistoryEntry entry) {
        Div box = new Div();
        for (FieldChange c : entry.changes()) {
            Span line = new Span(getTranslation(fieldKey.apply(c.field())) + ": " + show(c.field(), c.before()) + " → "
                    + show(c.field(), c.after()));
            line.addClassName("portal-history-change");
            line.getStyle().set("display", "block");
            box.add(line);
        }
        return box;
    }

    private String show(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        Function<String, String> code = coded.get(field);
        if (code != null) {
            try {
                return getTranslation(code.apply(value));
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        return value;
    }
}
