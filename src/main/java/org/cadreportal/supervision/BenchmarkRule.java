package org.cadreportal.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 标杆项目对标: the share of its own period the item has used is laid on the benchmark item's period; the
 * benchmark's progress on that day (its reports, straight lines between them from 0 % at its start, flat
 * after the last) is what the item should have. Behind by more than {@code lagPoints} is yellow, by more
 * than {@code lagPoints} + {@value LightRule#BENCHMARK_RED_MARGIN} red. Without a benchmark curve the milestones decide, as in
 * 甘特图对标. Milestones keep their own lights (for 节点提醒) as in 甘特图对标.
 */
final class BenchmarkRule implements LightRule {

    static final BenchmarkRule INSTANCE = new BenchmarkRule();

    @Override
    public ControlMethod method() {
        return ControlMethod.BENCHMARK;
    }

    @Override
    public Light node(Node node, int actual, LightSettings settings, LocalDate today) {
        return LightRule.milestone(node.due(), node.planned(), actual, settings, today);
    }

    @Override
    public Verdict own(Facts f, List<Light> nodes, LightSettings settings, LocalDate today) {
        Curve c = f.benchmark();
        if (c == null || c.points().isEmpty()) {
            Verdict byNodes = GanttRule.worstNode(f, nodes);
            return new Verdict(byNodes.light(), nodes, "supervision.rule.benchmark.none", List.of());
        }
        long span = ChronoUnit.DAYS.between(f.start(), f.end());
        long used = Math.max(0, Math.min(span, ChronoUnit.DAYS.between(f.start(), today)));
        double share = span <= 0 ? 1 : used / (double) span;
        LocalDate on = c.start().plusDays(Math.round(share * ChronoUnit.DAYS.between(c.start(), c.end())));
        int expected = progressOn(c, on);
        int behind = expected - f.actual();
        Light light = behind > settings.lagPoints() + BENCHMARK_RED_MARGIN ? Light.RED
                : behind > settings.lagPoints() ? Light.YELLOW : Light.GREEN;
        return new Verdict(light, nodes, "supervision.rule.benchmark", List.of(String.valueOf(Math.round(share * 100)),
                c.itemNo(), on.toString(), String.valueOf(expected), String.valueOf(f.actual()),
                String.valueOf(Math.max(0, behind))));
    }

    /** The benchmark's progress on a day: linear between reports, from 0 % on its start, flat after the last. */
    static int progressOn(Curve c, LocalDate on) {
        LocalDate prevDay = c.start();
        int prev = 0;
        for (Point p : c.points()) {
            if (!p.on().isBefore(on)) {
                long gap = ChronoUnit.DAYS.between(prevDay, p.on());
                if (gap <= 0) {
                    return p.progress();
                }
                return (int) Math.round(prev + (p.progress() - prev) * ChronoUnit.DAYS.between(prevDay, on) / (double) gap);
            }
            prevDay = p.on();
            prev = p.progress();
        }
        return prev;
    }
}
