package org.cadreportal.report;

import java.util.List;

/**
 * A filter a feature offers the dashboard beside the period and the unit (大督办: by 包保市领导). It narrows that
 * feature's own figures, panels and charts only: each choice is a part its {@link FigureSource} counts and pages
 * like the whole figure, so a narrowed tile still agrees with its drill-down. {@code id} is the picker's id.
 */
public record FigureFilter(String sectionKey, String labelKey, String id, List<Choice> choices) {

    /** {@code part}: what the source is asked for; {@code label}: what the picker shows (a name, not a key). */
    public record Choice(String part, String label) {
    }

    public boolean offers(String part) {
        return part != null && choices.stream().anyMatch(c -> c.part().equals(part));
    }
}
