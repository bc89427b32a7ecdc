package org.cadreportal.tolerance.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.ui.HistoryPanel;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.workflow.CaseStatus;

/**
 * 变更历史 of an application: who changed its progress and findings, when, from what to what, in the
 * panel every record's history uses; here only the labels and coded values of the application's fields.
 */
final class ChangeHistory {

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

    private ChangeHistory() {
    }

    static HistoryPanel of(List<HistoryEntry> entries, ZoneId zone) {
        HistoryPanel panel = new HistoryPanel(entries, zone, field -> LABELS.getOrDefault(field, field), CODED);
        panel.setWidthFull();
        return panel;
    }

    private static String found(String value) {
        return Boolean.parseBoolean(value) ? "tolerance.exclusion.found" : "tolerance.exclusion.notFound";
    }
}
