package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.workflow.CaseStatus;

/** 变更历史: who changed an application's progress and findings, when, from what to what. */
class ChangeHistory extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("progress.currentOrdinal", "tolerance.field.currentStep"),
            Map.entry("progress.status", "tolerance.field.status"),
            Map.entry("acceptedOn", "tolerance.field.acceptedOn"),
            Map.entry("lawBreaking", "tolerance.exclusion.LAW_BREAKING"),
            Map.entry("privateGain", "tolerance.exclusion.PRIVATE_GAIN"),
            Map.entry("majorIncident", "tolerance.exclusion.MAJOR_INCIDENT"),
            Map.entry("verificationOpinion", "tolerance.field.verificationOpinion"),
            Map.entry("outcome", "tolerance.field.outcome"),
            Map.entry("findingReasons", "tolerance.field.findingReasons"),
            Map.entry("decidedOn", "tolerance.field.decidedOn"),
            Map.entry("feedbackOn", "tolerance.field.feedbackOn"),
            Map.entry("feedbackNote", "tolerance.field.feedbackNote"),
            Map.entry("archiveNo", "tolerance.field.archiveNo"));

    /** Coded values stored by name, shown by their translated label. */
    private static final Map<String, Function<String, String>> CODED = Map.of(
            "progress.status", v -> CaseStatus.valueOf(v).labelKey(),
            "outcome", v -> FindingOutcome.valueOf(v).labelKey(),
            "lawBreaking", ChangeHistory::found,
            "privateGain", ChangeHistory::found,
            "majorIncident", ChangeHistory::found);

    ChangeHistory(List<HistoryEntry> entries, ZoneId zone) {
        setWidthFull();
        Grid<HistoryEntry> grid = new Grid<>(HistoryEntry.class, false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> WHEN.withZone(zone).format(e.when())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
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
        for (HistoryEntry.FieldChange c : entry.changes()) {
            Span line = new Span(getTranslation(LABELS.getOrDefault(c.field(), c.field())) + ": "
                    + show(c.field(), c.before()) + " → " + show(c.field(), c.after()));
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
        Function<String, String> code = CODED.get(field);
        if (code != null) {
            try {
                return getTranslation(code.apply(value));
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        return value;
    }

    private static String found(String value) {
        return Boolean.parseBoolean(value) ? "tolerance.exclusion.found" : "tolerance.exclusion.notFound";
    }
}
