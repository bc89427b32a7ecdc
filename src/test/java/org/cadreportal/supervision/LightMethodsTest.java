package org.cadreportal.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 四法管控: each method's rule against cases worked out by hand (yellow 7 days ahead, 10 points tolerated). */
class LightMethodsTest {

    private static final LightSettings S = new LightSettings(0, 7, 10);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final List<LightRule.Node> ONE_NODE = List.of(new LightRule.Node("主体完工", LocalDate.of(2025, 6, 25), 60));

    private static LightRule.Verdict judge(ControlMethod method, int actual, String today, LightRule.Curve curve,
                                           LightRule.Monitor monitor) {
        return LightRule.of(method).judge(new LightRule.Facts(ItemStatus.ONLINE, START, END, actual, ONE_NODE, curve,
                monitor), S, LocalDate.parse(today));
    }

    @Test
    void ganttToleratesASmallLagWhereTheNodeTaskDoesNot() {
        // 5 days before the node, 5 points behind: within the tolerance for the Gantt rule, not for a hard node.
        assertThat(judge(ControlMethod.GANTT, 55, "2025-06-20", null, null).light()).isEqualTo(Light.GREEN);
        assertThat(judge(ControlMethod.MILESTONE, 55, "2025-06-20", null, null).light()).isEqualTo(Light.YELLOW);
        assertThat(judge(ControlMethod.GANTT, 45, "2025-06-20", null, null).light()).isEqualTo(Light.YELLOW);
        // 8 days before: both green.
        assertThat(judge(ControlMethod.MILESTONE, 0, "2025-06-17", null, null).light()).isEqualTo(Light.GREEN);
        // The day after the node, one point short: red at once under both.
        LightRule.Verdict missed = judge(ControlMethod.MILESTONE, 59, "2025-06-26", null, null);
        assertThat(missed.light()).isEqualTo(Light.RED);
        assertThat(missed.nodes()).containsExactly(Light.RED);
        assertThat(missed.reasonKey()).isEqualTo("supervision.rule.nodes.worst");
        assertThat(missed.args()).containsExactly("主体完工", "2025-06-25", "60", "59");
        assertThat(judge(ControlMethod.GANTT, 59, "2025-06-26", null, null).light()).isEqualTo(Light.RED);
        // Reached, however late: green.
        assertThat(judge(ControlMethod.MILESTONE, 60, "2025-07-26", null, null).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void benchmarkComparesWithTheBenchmarksProgressAtTheSameShareOfItsPeriod() {
        // The item has used 182 of 364 days (50 %); half of the benchmark's 2024 (366 days: 183) is 2024-07-02.
        // Its reports: 30 % on 04-01, 80 % on 10-01 (183 days apart); 92 days after 04-01: 30 + 50 × 92/183 = 55.
        LightRule.Curve curve = new LightRule.Curve("DB-2024-0001", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                List.of(new LightRule.Point(LocalDate.of(2024, 4, 1), 30), new LightRule.Point(LocalDate.of(2024, 10, 1), 80)));
        LightRule.Verdict v = judge(ControlMethod.BENCHMARK, 50, "2025-07-02", curve, null);
        assertThat(v.light()).isEqualTo(Light.GREEN);
        assertThat(v.args()).containsExactly("50", "DB-2024-0001", "2024-07-02", "55", "50", "5");
        assertThat(judge(ControlMethod.BENCHMARK, 45, "2025-07-02", curve, null).light()).isEqualTo(Light.GREEN);
        assertThat(judge(ControlMethod.BENCHMARK, 44, "2025-07-02", curve, null).light()).isEqualTo(Light.YELLOW);
        assertThat(judge(ControlMethod.BENCHMARK, 25, "2025-07-02", curve, null).light()).isEqualTo(Light.YELLOW);
        assertThat(judge(ControlMethod.BENCHMARK, 24, "2025-07-02", curve, null).light()).isEqualTo(Light.RED);
        // Before the first report the curve rises from 0 % at the benchmark's start: 2024-01-31 is 30 × 30/91 = 10.
        assertThat(BenchmarkRule.progressOn(curve, LocalDate.of(2024, 1, 31))).isEqualTo(10);
        assertThat(BenchmarkRule.progressOn(curve, LocalDate.of(2024, 12, 1))).isEqualTo(80);
        // No curve: the milestones decide, and the reason says so.
        LightRule.Verdict none = judge(ControlMethod.BENCHMARK, 0, "2025-06-26", null, null);
        assertThat(none.light()).isEqualTo(Light.RED);
        assertThat(none.reasonKey()).isEqualTo("supervision.rule.benchmark.none");
    }

    @Test
    void monitorJudgesThePeriodsValueAgainstItsBand() {
        BigDecimal target = new BigDecimal("5000");
        BigDecimal floor = new BigDecimal("4000");
        assertThat(judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值", target, floor,
                new BigDecimal("5200"), LocalDate.of(2025, 6, 5))).light()).isEqualTo(Light.GREEN);
        // Last month's value still counts this month; below the target, above the floor.
        assertThat(judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值", target, floor,
                new BigDecimal("4500"), LocalDate.of(2025, 5, 28))).light()).isEqualTo(Light.YELLOW);
        LightRule.Verdict low = judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值",
                target, floor, new BigDecimal("3999.99"), LocalDate.of(2025, 6, 1)));
        assertThat(low.light()).isEqualTo(Light.RED);
        assertThat(low.args()).containsExactly("月度产值", "2025-06", "3999.99", "5000", "4000");
        // A good value from April is stale by June: no value for May or June is yellow.
        assertThat(judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值", target, floor,
                new BigDecimal("6000"), LocalDate.of(2025, 4, 30))).reasonKey()).isEqualTo("supervision.rule.monitor.missing");
        // No floor: 90 % of the target; 4500 is the edge of yellow, 4499 red.
        assertThat(judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值", target, null,
                new BigDecimal("4500"), LocalDate.of(2025, 6, 2))).light()).isEqualTo(Light.YELLOW);
        assertThat(judge(ControlMethod.MONITOR, 10, "2025-06-20", null, new LightRule.Monitor("月度产值", target, null,
                new BigDecimal("4499"), LocalDate.of(2025, 6, 2))).light()).isEqualTo(Light.RED);
        // A monitored item's milestone past due does not make it red by itself, but keeps its own light.
        LightRule.Verdict ok = judge(ControlMethod.MONITOR, 10, "2025-06-26", null, new LightRule.Monitor("月度产值",
                target, floor, new BigDecimal("5000"), LocalDate.of(2025, 6, 2)));
        assertThat(ok.light()).isEqualTo(Light.GREEN);
        assertThat(ok.nodes()).containsExactly(Light.RED);
    }

    @Test
    void rulesCommonToEveryMethod() {
        for (ControlMethod m : ControlMethod.values()) {
            assertThat(judge(m, 99, "2026-01-01", null, null).light()).as(m.name()).isEqualTo(Light.RED);
            assertThat(judge(m, 100, "2026-01-01", null, null).light()).as(m.name()).isEqualTo(Light.GREEN);
            assertThat(LightRule.of(m).judge(new LightRule.Facts(ItemStatus.DRAFT, START, END, 0, ONE_NODE, null, null),
                    S, LocalDate.of(2026, 1, 1)).light()).as(m.name()).isEqualTo(Light.GREEN);
            assertThat(LightRule.of(m).method()).isEqualTo(m);
        }
    }

    @Test
    void theLadderCountsRedsInThePlanYear() {
        LightSettings april = new LightSettings(0, 7, 10, 4, 2, 3, java.util.Map.of());
        assertThat(april.windowStart(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(april.windowStart(LocalDate.of(2025, 4, 1))).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(List.of(1, 2, 3, 4).stream().map(S::rung).toList())
                .containsExactly(Rung.REMINDER, Rung.INTERVIEW, Rung.ADJUSTMENT, Rung.ADJUSTMENT);
    }
}
