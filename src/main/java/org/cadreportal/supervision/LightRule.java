package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A light rule (DOMAIN.md §7): a pure function of an item's plan, its reported progress, the settings
 * and the day. 四法管控: the item's {@link ControlMethod} selects one of four ({@link #of}); each gives the
 * item's light, its milestones' lights and the inputs that decided, so the light can explain itself.
 * Common to all: a draft, a closed item and an item at 100 % are green; an item past its end date below
 * 100 % is red. Written out in docs/metrics.md; every boundary has a test.
 */
public interface LightRule {

    /** A milestone of the plan. */
    record Node(String name, LocalDate due, int planned) {
    }

    /** A benchmark item's progress curve: its period and its reports (day, progress) in date order. */
    record Curve(String itemNo, LocalDate start, LocalDate end, List<Point> points) {
    }

    record Point(LocalDate on, int progress) {
    }

    /** A monitored figure: the band (target, floor) and the latest value with the day it was reported. */
    record Monitor(String name, BigDecimal target, BigDecimal floor, BigDecimal value, LocalDate reportedOn) {
    }

    /** What a rule reads. {@code benchmark} and {@code monitor} may be null. */
    record Facts(ItemStatus status, LocalDate start, LocalDate end, int actual, List<Node> nodes, Curve benchmark,
                 Monitor monitor) {
    }

    /** The light, each node's light (in the order given) and why: a message key with its arguments. */
    record Verdict(Light light, List<Light> nodes, String reasonKey, List<String> args) {
    }

    /** 标杆项目对标: behind the benchmark by more than the yellow tolerance plus this many points is red. */
    int BENCHMARK_RED_MARGIN = 20;

    ControlMethod method();

    /** The light of one milestone under this rule. */
    Light node(Node node, int actual, LightSettings settings, LocalDate today);

    /** The item's light when it is online, below 100 % and within its period. */
    Verdict own(Facts facts, List<Light> nodes, LightSettings settings, LocalDate today);

    default Verdict judge(Facts f, LightSettings settings, LocalDate today) {
        boolean live = f.status() == ItemStatus.ONLINE;
        List<Light> nodes = new ArrayList<>(f.nodes().size());
        for (Node n : f.nodes()) {
            nodes.add(live ? node(n, f.actual(), settings, today) : Light.GREEN);
        }
        if (!live) {
            return new Verdict(Light.GREEN, nodes, "supervision.rule.notOnline", List.of());
        }
        if (f.actual() >= 100) {
            return new Verdict(Light.GREEN, nodes, "supervision.rule.complete", List.of());
        }
        if (today.isAfter(f.end())) {
            return new Verdict(Light.RED, nodes, "supervision.rule.pastEnd",
                    List.of(f.end().toString(), String.valueOf(f.actual())));
        }
        return own(f, nodes, settings, today);
    }

    static LightRule of(ControlMethod method) {
        return switch (method == null ? ControlMethod.GANTT : method) {
            case GANTT -> GanttRule.INSTANCE;
            case MILESTONE -> NodeRule.INSTANCE;
            case BENCHMARK -> BenchmarkRule.INSTANCE;
            case MONITOR -> MonitorRule.INSTANCE;
        };
    }

    /**
     * 甘特图对标's milestone light: green once its planned progress is reached, however late; red from the
     * day after its due date; yellow from {@code yellowDays} before it when behind by more than
     * {@code lagPoints}; green before that.
     */
    static Light milestone(LocalDate dueDate, int plannedProgress, int actualProgress, LightSettings settings,
                           LocalDate today) {
        if (actualProgress >= plannedProgress) {
            return Light.GREEN;
        }
        if (today.isAfter(dueDate)) {
            return Light.RED;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft <= settings.yellowDays() && plannedProgress - actualProgress > settings.lagPoints()) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }

    /** 甘特图对标's item light: the worst of its milestones, after the rules common to every method. */
    static Light item(ItemStatus status, LocalDate endDate, int actualProgress, Collection<Light> milestoneLights,
                      LocalDate today) {
        if (status != ItemStatus.ONLINE || actualProgress >= 100) {
            return Light.GREEN;
        }
        if (today.isAfter(endDate)) {
            return Light.RED;
        }
        return milestoneLights.stream().reduce(Light.GREEN, Light::worse);
    }
}
