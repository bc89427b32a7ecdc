package org.cadreportal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadreportal.base.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A feature's figures for the dashboard. Every count is a live query over the feature's records for a
 * period ({@code from}..{@code to}, both included) and a unit subtree ({@code unitId}, or the signed-in
 * user's whole scope when null; a unit outside the scope counts as the scope), always limited to the
 * user's data scope. {@link #records} pages in the database and returns exactly the records a count
 * counted, so a drill-down never disagrees with its tile.
 */
public interface FigureSource {

    /** Whether the signed-in user may see this source's figures at all (by role). */
    boolean available();

    List<FigureDefinition> definitions();

    /** Every counted (non-rate) figure of this source, by key. */
    Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId);

    Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable);

    /** The filter this source offers the dashboard beside period and unit, if any (its choices are parts). */
    default Optional<FigureFilter> filter() {
        return Optional.empty();
    }

    /** The counts of one part (a choice of its {@link #filter}); null: the whole figures. */
    default Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId, String part) {
        if (part == null || part.isEmpty()) {
            return counts(from, to, unitId);
        }
        throw new RecordNotFoundException();
    }

    /**
     * The records of one part of a counted figure (a {@link DashboardPanel}'s count, e.g. the units of one
     * 考核类别 with a grade): a subset of {@link #records}, named by a part the source itself handed out. A source
     * without parts knows none.
     */
    default Page<FigureRecord> records(String key, String part, LocalDate from, LocalDate to, Long unitId,
                                       Pageable pageable) {
        if (part == null || part.isEmpty()) {
            return records(key, from, to, unitId, pageable);
        }
        throw new RecordNotFoundException();
    }
}
