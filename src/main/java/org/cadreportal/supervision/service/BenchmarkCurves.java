package org.cadreportal.supervision.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.supervision.LightRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The progress curves of benchmark items (标杆项目对标), one statement for any number of them: each
 * benchmark's period and its reports, the last report of a day standing for the day.
 */
@Component
@RequiredArgsConstructor
class BenchmarkCurves {

    private final JdbcTemplate jdbc;

    /** Ids are read from the database, never user input, so they are written into the IN list. */
    Map<Long, LightRule.Curve> load(Collection<Long> benchmarkIds) {
        if (benchmarkIds.isEmpty()) {
            return Map.of();
        }
        record Head(String itemNo, java.time.LocalDate start, java.time.LocalDate end) {
        }
        Map<Long, Head> heads = new HashMap<>();
        Map<Long, Map<java.time.LocalDate, Integer>> points = new HashMap<>();
        String in = benchmarkIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query("select b.id, b.item_no, b.start_date, b.end_date, r.reported_at, r.actual_progress"
                + " from supervision_items b left join progress_reports r on r.item_id = b.id"
                + " where b.id in (" + in + ") order by b.id, r.reported_at, r.id", rs -> {
                    long id = rs.getLong(1);
                    heads.computeIfAbsent(id, k -> {
                        try {
                            return new Head(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Map<java.time.LocalDate, Integer> curve = points.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    java.sql.Timestamp at = rs.getTimestamp(5);
                    if (at != null) {
                        curve.put(at.toLocalDateTime().toLocalDate(), rs.getInt(6));
                    }
                });
        Map<Long, LightRule.Curve> curves = new HashMap<>();
        heads.forEach((id, h) -> curves.put(id, new LightRule.Curve(h.itemNo(), h.start(), h.end(),
                points.get(id).entrySet().stream().map(e -> new LightRule.Point(e.getKey(), e.getValue())).toList())));
        return curves;
    }

    LightRule.Curve load(Long benchmarkId) {
        return benchmarkId == null ? null : load(List.of(benchmarkId)).get(benchmarkId);
    }
}
