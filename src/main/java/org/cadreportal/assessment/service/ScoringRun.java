package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.EvidenceSource;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.ScoringSummary;
import org.cadreportal.assessment.domain.AssessmentPlan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads a plan's library, groups, weights, data and events in a few queries, runs {@link Scoring} in memory and
 * writes back in batches only the scores that changed, then the results. No statement per unit and indicator.
 */
@Component
@RequiredArgsConstructor
class ScoringRun {

    private final JdbcTemplate jdbc;
    private final List<EvidenceSource> sources;

    /** Runs in the caller's transaction, which holds the plan's lock. */
    ScoringSummary run(AssessmentPlan plan, LocalDateTime now) {
        long started = System.nanoTime();
        long planId = plan.getId();
        Scoring.Input input = load(plan);
        Scoring.Output out = Scoring.run(input);
        int written = write(planId, out);
        plan.scored(now);
        return new ScoringSummary(out.results().size(), out.scores().size(), written,
                (System.nanoTime() - started) / 1_000_000);
    }

    Scoring.Input load(AssessmentPlan plan) {
        long planId = plan.getId();
        Map<Long, Scoring.Ind> indicators = new LinkedHashMap<>();
        jdbc.query("select id, method, direction, data_source, cap, base, step, per_event, scoring_unit_id from assessment_indicators"
                + " where plan_id = ? order by sort_order, id", rs -> {
            long id = rs.getLong(1);
            indicators.put(id, new Scoring.Ind(id, Method.valueOf(rs.getString(2)), Direction.valueOf(rs.getString(3)),
                    DataSource.valueOf(rs.getString(4)), dbl(rs.getBigDecimal(5)), dbl(rs.getBigDecimal(6)),
                    dbl(rs.getBigDecimal(7)), dbl(rs.getBigDecimal(8)),
                    Method.valueOf(rs.getString(2)) == Method.BONUS && DataSource.valueOf(rs.getString(4)) == DataSource.BONUS
                            && rs.getObject(9) == null));
        }, planId);
        Map<Long, List<Long>> units = new LinkedHashMap<>();
        jdbc.query("select id from assessment_groups where plan_id = ? order by sort_order, id",
                rs -> {
                    units.put(rs.getLong(1), new ArrayList<>());
                }, planId);
        List<Long> allUnits = new ArrayList<>();
        jdbc.query("select group_id, unit_id from assessment_group_units where plan_id = ? order by group_id, unit_id",
                rs -> {
                    units.get(rs.getLong(1)).add(rs.getLong(2));
                    allUnits.add(rs.getLong(2));
                }, planId);
        Map<Long, LinkedHashMap<Long, Double>> weights = new HashMap<>();
        jdbc.query("select w.group_id, w.indicator_id, w.weight from assessment_weights w join assessment_indicators i"
                + " on i.id = w.indicator_id where i.plan_id = ? order by i.sort_order, i.id", rs -> {
            weights.computeIfAbsent(rs.getLong(1), g -> new LinkedHashMap<>()).put(rs.getLong(2),
                    rs.getBigDecimal(3).doubleValue());
        }, planId);
        List<Scoring.Group> groups = new ArrayList<>();
        units.forEach((g, us) -> groups.add(new Scoring.Group(g, us, weights.getOrDefault(g, new LinkedHashMap<>()))));
        Map<Long, Map<Long, Scoring.Val>> values = new HashMap<>();
        jdbc.query("select indicator_id, unit_id, actual, previous, target from assessment_values where plan_id = ?",
                rs -> {
                    values.computeIfAbsent(rs.getLong(1), i -> new HashMap<>()).put(rs.getLong(2),
                            new Scoring.Val(dbl(rs.getBigDecimal(3)), dbl(rs.getBigDecimal(4)), dbl(rs.getBigDecimal(5))));
                }, planId);
        var r = plan.rules();
        Scoring.Rules rules = new Scoring.Rules(r.redLightPoints().doubleValue(), r.overduePoints().doubleValue(),
                r.interviewPoints().doubleValue(), r.supervisionCap().doubleValue(), r.goodShare().doubleValue(),
                r.fairShare().doubleValue(), r.poorBelow().doubleValue());
        return new Scoring.Input(rules, indicators, groups, values, events(plan.getYear(), indicators, allUnits));
    }

    /** The events of every unit from the sources the plan's indicators need, one call per source. */
    private Map<Long, Map<EventType, Integer>> events(int year, Map<Long, Scoring.Ind> indicators, List<Long> unitIds) {
        boolean supervision = indicators.values().stream().anyMatch(i -> i.source() == DataSource.SUPERVISION);
        boolean awards = indicators.values().stream().anyMatch(Scoring.Ind::countsAwards);
        Map<Long, Map<EventType, Integer>> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        for (EvidenceSource source : sources) {
            boolean wanted = source.types().stream().anyMatch(t -> t == EventType.AWARD ? awards : supervision);
            if (wanted) {
                source.counts(year, unitIds).forEach((unit, counts) -> counts.forEach((type, n) ->
                        out.computeIfAbsent(unit, u -> new EnumMap<>(EventType.class)).merge(type, n, Integer::sum)));
            }
        }
        return out;
    }

    private record Stored(BigDecimal score, String formula, String inputs) {
    }

    private int write(long planId, Scoring.Output out) {
        Map<String, Stored> existing = new HashMap<>();
        jdbc.query("select unit_id, indicator_id, score, formula, inputs from assessment_scores where plan_id = ?",
                rs -> {
                    existing.put(rs.getLong(1) + ":" + rs.getLong(2),
                            new Stored(rs.getBigDecimal(3), rs.getString(4), rs.getString(5)));
                }, planId);
        // Changed rows are deleted (one statement per indicator) and inserted again with the new ones: the driver
        // sends a batch of inserts in bulk, but updates one by one.
        List<Object[]> inserts = new ArrayList<>();
        Map<Long, List<Long>> stale = new HashMap<>();
        for (Scoring.Score s : out.scores()) {
            Stored old = existing.remove(s.unitId() + ":" + s.indicatorId());
            if (old == null || old.score().compareTo(s.score()) != 0 || !old.formula().equals(s.formula())
                    || !old.inputs().equals(s.inputs())) {
                inserts.add(new Object[] {planId, s.unitId(), s.indicatorId(), s.score(), s.formula(), s.inputs()});
                if (old != null) {
                    stale.computeIfAbsent(s.indicatorId(), i -> new ArrayList<>()).add(s.unitId());
                }
            }
        }
        int removed = existing.size();
        existing.keySet().forEach(k -> {
            String[] parts = k.split(":");
            stale.computeIfAbsent(Long.parseLong(parts[1]), i -> new ArrayList<>()).add(Long.parseLong(parts[0]));
        });
        for (Map.Entry<Long, List<Long>> e : stale.entrySet()) {
            List<Long> unitIds = e.getValue();
            for (int from = 0; from < unitIds.size(); from += CHUNK) {
                List<Long> chunk = unitIds.subList(from, Math.min(unitIds.size(), from + CHUNK));
                List<Object> args = new ArrayList<>(List.of(planId, e.getKey()));
                args.addAll(chunk);
                jdbc.update("delete from assessment_scores where plan_id = ? and indicator_id = ? and unit_id in ("
                        + String.join(",", chunk.stream().map(u -> "?").toList()) + ")", args.toArray());
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into assessment_scores (plan_id, unit_id, indicator_id, score, formula, inputs)"
                    + " values (?, ?, ?, ?, ?, ?)", inserts);
        }
        jdbc.update("delete from assessment_results where plan_id = ?", planId);
        jdbc.batchUpdate("insert into assessment_results (plan_id, unit_id, group_id, total, rank_in_group, grade,"
                + " vetoed) values (?, ?, ?, ?, ?, ?, ?)", out.results().stream().map(r -> new Object[] {planId,
                r.unitId(), r.groupId(), r.total(), r.rank(), r.grade().name(), r.vetoed()}).toList());
        return inserts.size() + removed;
    }

    /** Units per delete statement. */
    private static final int CHUNK = 1_000;

    private static Double dbl(BigDecimal b) {
        return b == null ? null : b.doubleValue();
    }
}
