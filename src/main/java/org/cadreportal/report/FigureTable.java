package org.cadreportal.report;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.RecordNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The skeleton every {@link FigureSource} shares, kept once: its figures in dashboard order, each counted
 * key tied to what the source queries for it ({@code F}: a key, an enum, a query), so that
 * {@code definitions}, {@code counts} and {@code records} read one table and cannot disagree.
 */
@RequiredArgsConstructor
public final class FigureTable<F> {

    private final String sectionKey;
    private final List<FigureDefinition> definitions = new ArrayList<>();
    private final Map<String, F> counted = new LinkedHashMap<>();

    /** A counted figure: its key, label, order in the section and measure, and what the source counts for it. */
    public FigureTable<F> count(String key, String labelKey, int order, String measureKey, F figure) {
        definitions.add(FigureDefinition.count(key, labelKey, sectionKey, order, measureKey));
        counted.put(key, figure);
        return this;
    }

    /**
     * One counted figure for each of {@code names} (a grade, a step…), in their order: key {@code keyPrefix + name},
     * label {@code labelPrefix + name}, the first at {@code order}, each next {@code step} further.
     */
    public FigureTable<F> countEach(List<String> names, String keyPrefix, String labelPrefix, int order, int step,
                                    String measureKey, Function<String, F> figure) {
        int at = order;
        for (String name : names) {
            count(keyPrefix + name, labelPrefix + name, at, measureKey, figure.apply(name));
            at += step;
        }
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

    /**
     * As {@link #available(String...)}, for figures shown only to the holders of a named role set
     * ({@code org.cadreportal.security.roles}, e.g. the readers of the 政绩考核 section).
     */
    public static boolean available(Class<? extends Annotation> readers, String... recordTypes) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !available(recordTypes)) {
            return false;
        }
        Set<String> roles = Set.of(readers.getAnnotation(RolesAllowed.class).value());
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> roles.contains(a.replaceFirst("^ROLE_", "")));
    }
}
