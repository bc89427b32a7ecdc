package org.cadreportal.supervision;

import java.time.LocalDate;
import java.util.List;

/** 甘特图对标: milestones plan against actual progress; the item is the worst of its milestones. */
final class GanttRule implements LightRule {

    static final GanttRule INSTANCE = new GanttRule();

    @Override
    public ControlMethod method() {
        return ControlMethod.GANTT;
    }

    @Override
    public Light node(Node node, int actual, LightSettings settings, LocalDate today) {
        return LightRule.milestone(node.due(), node.planned(), actual, settings, today);
    }

    @Override
    public Verdict own(Facts f, List<Light> nodes, LightSettings settings, LocalDate today) {
        return worstNode(f, nodes);
    }

    /** The worst milestone decides; the reason names it (the earliest of the worst), or says none lags. */
    static Verdict worstNode(Facts f, List<Light> nodes) {
        Light worst = nodes.stream().reduce(Light.GREEN, Light::worse);
        if (worst == Light.GREEN) {
            return new Verdict(Light.GREEN, nodes, "supervision.rule.nodes.onPlan", List.of(String.valueOf(f.actual())));
        }
        Node n = f.nodes().get(nodes.indexOf(worst));
        return new Verdict(worst, nodes, "supervision.rule.nodes.worst", List.of(n.name(), n.due().toString(),
                String.valueOf(n.planned()), String.valueOf(f.actual())));
    }
}
