package org.cadreportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.EventType;
import org.cadreportal.assessment.Grade;
import org.cadreportal.assessment.Method;
import org.junit.jupiter.api.Test;

/** The calculation against numbers worked out by hand (DOMAIN.md §8a), one method at a time. */
class ScoringTest {

    private static final Scoring.Rules RULES = new Scoring.Rules(0.5, 0.5, 1, 5, 0.3, 0.4, 60);
    private static final List<Long> UNITS = List.of(1L, 2L, 3L);

    private final Map<Long, Scoring.Ind> indicators = new LinkedHashMap<>();
    private final Map<Long, Map<Long, Scoring.Val>> values = new HashMap<>();
    private final Map<Long, Map<EventType, Integer>> events = new HashMap<>();
    private final LinkedHashMap<Long, Double> weights = new LinkedHashMap<>();

    private void indicator(long id, Method m, Direction d, DataSource s, Double cap, Double base, Double step,
                           Double per, double w) {
        indicators.put(id, new Scoring.Ind(id, m, d, s, cap, base, step, per, m == Method.BONUS && s == DataSource.BONUS));
        weights.put(id, w);
    }

    private void value(long indicator, long unit, Double actual, Double previous, Double target) {
        values.computeIfAbsent(indicator, i -> new HashMap<>()).put(unit, new Scoring.Val(actual, previous, target));
    }

    private Map<Long, Double> scores(long indicator) {
        Scoring.Output out = Scoring.run(new Scoring.Input(RULES, indicators, List.of(new Scoring.Group(9, UNITS, weights)),
                values, events));
        return out.scores().stream().filter(s -> s.indicatorId() == indicator)
                .collect(Collectors.toMap(Scoring.Score::unitId, s -> s.score().doubleValue()));
    }

    @Test
    void targetRateIsWeightTimesTheCappedRatio() {
        indicator(1, Method.TARGET_RATE, Direction.POSITIVE, DataSource.STATISTICS, 1.2, null, null, null, 10);
        value(1, 1, 110.0, null, 100.0); // 10 × 1.1 = 11
        value(1, 2, 130.0, null, 100.0); // 10 × min(1.3, 1.2) = 12
        value(1, 3, 45.0, null, 60.0);   // 10 × 0.75 = 7.5
        assertThat(scores(1)).containsEntry(1L, 11.0).containsEntry(2L, 12.0).containsEntry(3L, 7.5);
    }

    @Test
    void aLowerIsBetterTargetRateDividesTheTargetByTheValue() {
        indicator(1, Method.TARGET_RATE, Direction.NEGATIVE, DataSource.STATISTICS, 1.2, null, null, null, 10);
        value(1, 1, 125.0, null, 100.0); // 10 × 100/125 = 8
        value(1, 2, 50.0, null, 100.0);  // 10 × min(2, 1.2) = 12
        assertThat(scores(1)).containsEntry(1L, 8.0).containsEntry(2L, 12.0).containsEntry(3L, 0.0);
    }

    @Test
    void efficacyRunsFromBaseToFullOverTheGroup() {
        indicator(1, Method.EFFICACY, Direction.POSITIVE, DataSource.STATISTICS, null, 0.6, null, null, 10);
        value(1, 1, 80.0, null, null);  // min: 10 × 0.6 = 6
        value(1, 2, 90.0, null, null);  // 10 × (0.6 + 0.4 × 0.5) = 8
        value(1, 3, 100.0, null, null); // max: 10
        assertThat(scores(1)).containsEntry(1L, 6.0).containsEntry(2L, 8.0).containsEntry(3L, 10.0);
    }

    @Test
    void lowerIsBetterEfficacySwapsMinAndMax() {
        indicator(1, Method.EFFICACY, Direction.NEGATIVE, DataSource.STATISTICS, null, 0.6, null, null, 5);
        value(1, 1, 2.0, null, null);  // best: 5
        value(1, 2, 3.0, null, null);  // 5 × (0.6 + 0.4 × (6 − 3) / 4) = 4.5
        value(1, 3, 6.0, null, null);  // worst: 3
        assertThat(scores(1)).containsEntry(1L, 5.0).containsEntry(2L, 4.5).containsEntry(3L, 3.0);
    }

    @Test
    void rankGivesTheFirstFullPointsAndTakesAStepPerRank() {
        indicator(1, Method.RANK, Direction.POSITIVE, DataSource.STATISTICS, null, null, 1.5, null, 10);
        value(1, 1, 5.0, null, null);  // 3rd: 10 − 2 × 1.5 = 7
        value(1, 2, 9.0, null, null);  // 1st: 10
        value(1, 3, 7.0, null, null);  // 2nd: 8.5
        assertThat(scores(1)).containsEntry(1L, 7.0).containsEntry(2L, 10.0).containsEntry(3L, 8.5);
    }

    @Test
    void growthIsScoredByEfficacyOverTheGroupsGrowths() {
        indicator(1, Method.GROWTH, Direction.POSITIVE, DataSource.STATISTICS, null, 0.6, null, null, 10);
        value(1, 1, 110.0, 100.0, null); // +10 %: 10
        value(1, 2, 210.0, 200.0, null); // +5 %: 10 × (0.6 + 0.4 × 0.5) = 8
        value(1, 3, 50.0, 50.0, null);   // 0 %: 6
        assertThat(scores(1)).containsEntry(1L, 10.0).containsEntry(2L, 8.0).containsEntry(3L, 6.0);
    }

    @Test
    void evaluationIsThePointsGivenWithinTheWeight() {
        indicator(1, Method.EVALUATION, Direction.POSITIVE, DataSource.EVALUATION, null, null, null, null, 8);
        value(1, 1, 7.5, null, null);
        value(1, 2, 9.0, null, null); // above the weight: 8
        assertThat(scores(1)).containsEntry(1L, 7.5).containsEntry(2L, 8.0).containsEntry(3L, 0.0);
    }

    @Test
    void supervisionDeductsByThePlansRuleUpToItsCap() {
        indicator(1, Method.DEDUCTION, Direction.NEGATIVE, DataSource.SUPERVISION, null, null, null, null, 5);
        events.put(1L, Map.of(EventType.RED_LIGHT, 3, EventType.OVERDUE_MILESTONE, 2, EventType.INTERVIEW, 1));
        events.put(2L, Map.of(EventType.RED_LIGHT, 12)); // 6 points, capped at 5
        // unit 1: 3 × 0.5 + 2 × 0.5 + 1 × 1 = 3.5
        assertThat(scores(1)).containsEntry(1L, -3.5).containsEntry(2L, -5.0).containsEntry(3L, 0.0);
    }

    @Test
    void awardsAddPointsPerEventUpToTheCap() {
        indicator(1, Method.BONUS, Direction.POSITIVE, DataSource.BONUS, null, null, null, 1.0, 3);
        events.put(1L, Map.of(EventType.AWARD, 2));
        events.put(2L, Map.of(EventType.AWARD, 5));
        assertThat(scores(1)).containsEntry(1L, 2.0).containsEntry(2L, 3.0).containsEntry(3L, 0.0);
    }

    @Test
    void totalsRankAndGradeWithAVetoForcingTheLowest() {
        indicator(1, Method.EVALUATION, Direction.POSITIVE, DataSource.EVALUATION, null, null, null, null, 100);
        indicator(2, Method.VETO, Direction.NEGATIVE, DataSource.VETO, null, null, null, null, 0);
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        double[] points = {95, 90, 88, 85, 80, 80, 75, 70, 65, 55};
        for (int i = 0; i < 10; i++) {
            value(1, ten.get(i), points[i], null, null);
        }
        value(2, 1L, 1.0, null, null); // the best total, but vetoed
        Scoring.Output out = Scoring.run(new Scoring.Input(RULES, indicators, List.of(new Scoring.Group(9, ten, weights)),
                values, events));
        Map<Long, Scoring.Result> r = out.results().stream().collect(Collectors.toMap(Scoring.Result::unitId, x -> x));
        assertThat(r.get(1L).rank()).isEqualTo(1);
        assertThat(r.get(1L).grade()).isEqualTo(Grade.POOR);
        assertThat(r.get(2L).grade()).isEqualTo(Grade.GOOD);
        assertThat(r.get(3L).grade()).isEqualTo(Grade.GOOD);
        assertThat(r.get(4L).grade()).isEqualTo(Grade.FAIRLY_GOOD);
        // 80 and 80 share rank 5 and its grade.
        assertThat(r.get(5L).rank()).isEqualTo(5);
        assertThat(r.get(6L).rank()).isEqualTo(5);
        assertThat(r.get(7L).rank()).isEqualTo(7);
        assertThat(r.get(7L).grade()).isEqualTo(Grade.FAIRLY_GOOD);
        assertThat(r.get(8L).grade()).isEqualTo(Grade.AVERAGE);
        assertThat(r.get(10L).grade()).isEqualTo(Grade.POOR); // below 60
        assertThat(r.get(3L).total()).isEqualByComparingTo(new BigDecimal("88"));
    }

    @Test
    void theExplanationKeepsTheInputsAndGroupValues() {
        indicator(1, Method.EFFICACY, Direction.POSITIVE, DataSource.STATISTICS, null, 0.6, null, null, 10);
        value(1, 1, 80.0, null, null);
        value(1, 2, 90.0, null, null);
        Scoring.Output out = Scoring.run(new Scoring.Input(RULES, indicators, List.of(new Scoring.Group(9, UNITS, weights)),
                values, events));
        Scoring.Score s = out.scores().stream().filter(x -> x.unitId() == 2).findFirst().orElseThrow();
        assertThat(s.formula()).isEqualTo("EFFICACY");
        assertThat(Scoring.parse(s.inputs())).containsEntry("x", "90").containsEntry("min", "80")
                .containsEntry("max", "90").containsEntry("b", "0.6").containsEntry("n", "2");
        Scoring.Score missing = out.scores().stream().filter(x -> x.unitId() == 3).findFirst().orElseThrow();
        assertThat(missing.formula()).isEqualTo(Scoring.MISSING);
    }
}
