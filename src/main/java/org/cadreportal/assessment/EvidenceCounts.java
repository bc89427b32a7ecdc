package org.cadreportal.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How an {@link EvidenceSource} counts: one grouped query per event type for all asked units at once, each unit
 * counting its subtree. A query's {@code from … where …} joins the assessed unit as {@code a} and takes the
 * year's first and last day as its first two parameters, then any of its own; the units' ids come last.
 */
public final class EvidenceCounts {

    private final JdbcTemplate jdbc;
    private final Date[] days;
    private final Collection<Long> unitIds;
    private final Map<Long, Map<EventType, Integer>> counts = new HashMap<>();

    private EvidenceCounts(JdbcTemplate jdbc, int year, Collection<Long> unitIds) {
        this.jdbc = jdbc;
        this.days = year(year);
        this.unitIds = unitIds;
    }

    /** Counting in the year for the units asked. */
    public static EvidenceCounts of(JdbcTemplate jdbc, int year, Collection<Long> unitIds) {
        return new EvidenceCounts(jdbc, year, unitIds);
    }

    /** The first and the last day of the assessed year. */
    public static Date[] year(int year) {
        return new Date[] {Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31))};
    }

    /** Counts {@code type} per unit; units without any stay absent. */
    public EvidenceCounts count(EventType type, String fromWhere, Object... parameters) {
        if (unitIds.isEmpty()) {
            return this;
        }
        List<Object> args = new ArrayList<>(List.of(days[0], days[1]));
        args.addAll(List.of(parameters));
        args.addAll(unitIds);
        String in = String.join(",", unitIds.stream().map(u -> "?").toList());
        jdbc.query("select a.id, count(*) " + fromWhere + " and a.id in (" + in + ") group by a.id", rs -> {
            counts.computeIfAbsent(rs.getLong(1), u -> new EnumMap<>(EventType.class)).put(type, rs.getInt(2));
        }, args.toArray());
        return this;
    }

    public Map<Long, Map<EventType, Integer>> counts() {
        return counts;
    }
}
