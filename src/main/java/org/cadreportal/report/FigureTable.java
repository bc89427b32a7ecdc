package org.cadreportal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.RecordNotFoundException;

/**
 * The skeleton every {@link FigureSource} shares, kept once: its figures in dashboard order, each counted
 * key tied to what the source queries for it ({@code F}: a key, an enum, a query), so that
 * {@code definitions}, {@code counts} and {@code records} read one table and cannot disagree.
 */
public final class FigureTable<F> {

    private final String sectionKey;
    private final List<FigureDefinition> definitions = new ArrayList<>();
    private final Map<String, F> counted = new LinkedHashMap<>();

    public FigureTable(String sectionKey) {
        this.sectionKey = sectionKey;
    }

    /** A counted figure: its key, label, order in the section and measure, and what the source counts for it. */
    public FigureTable<F> count(String key, String labelKey, int order, String measureKey, F figure) {
        definitions.add(FigureDefinition.count(key, labelKey, sectionKey, order, measureKey));
        counted.put(key, figure);
        return this;
    }

    /** A rate of two counted figures (in percent); the dashboard divides, the source counts nothing for it. */
    public FigureTable<F> rate(String key, String labelKey, int order, String measureKey, String numerator,
                               String denominator) {
        definitions.add(new FigureDefinition(key, labelKey, sectionKey, order, measureKey, numerator, denominator));
        return this;
    }

    public List<FigureDefinition> definitions() {
        return List.copyOf(definitions);
    }

    /** Every counted figure by key, in order, each counted by {@code count}. */
    public Map<String, Long> counts(ToLongFunction<F> count) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counted.forEach((key, figure) -> counts.put(key, count.applyAsLong(figure)));
        return counts;
    }

    /** What the source counts for the key; a key it does not count is not found. */
    public F figure(String key) {
        F figure = counted.get(key);
        if (figure == null) {
            throw new RecordNotFoundException();
        }
        return figure;
    }

    /**
     * Whether the signed-in user may see the figures: the dashboard and every record type its drill-downs
     * list, by the one rule that also guards the records' own pages.
     */
    public static boolean available(String... recordTypes) {
        if (!RecordAccess.mayOpen(AccessTypes.DASHBOARD)) {
            return false;
        }
        for (String type : recordTypes) {
            if (!RecordAccess.mayOpen(type)) {
                return false;
            }
        }
        return true;
    }
}
