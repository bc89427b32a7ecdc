package org.cadreportal.cadre.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.ui.HistoryPanel;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CivilRank;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;

/** The cadre profile's 变更历史: its fields' labels and its enum-valued fields shown by their labels. */
final class ProfileHistory {

    /** Enum-valued fields are stored by code; show them by their translated label. */
    private static final Map<String, Function<String, String>> CODED = Map.of(
            "profile.civilRank", v -> CivilRank.valueOf(v).labelKey(),
            "gender", v -> Gender.valueOf(v).labelKey(),
            "party", v -> Party.valueOf(v).labelKey(),
            "education", v -> Education.valueOf(v).labelKey(),
            "rank", v -> CadreRank.valueOf(v).labelKey(),
            "managementLevel", v -> ManagementLevel.valueOf(v).labelKey(),
            "category", v -> CadreCategory.valueOf(v).labelKey(),
            "status", v -> CadreStatus.valueOf(v).labelKey());

    private ProfileHistory() {
    }

    static HistoryPanel of(List<HistoryEntry> entries, ZoneId zone) {
        return new HistoryPanel(entries, zone, ProfileHistory::fieldKey, CODED);
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "unit" -> "cadre.field.unit";
            case "postTitle" -> "cadre.field.post";
            case "managementLevel" -> "cadre.field.level";
            case String p when p.startsWith("profile.") -> "profile.history." + p.substring("profile.".length());
            default -> "cadre.field." + field;
        };
    }
}
