package org.cadreportal.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 节点任务: each milestone is a hard deadline. A node not reached by its date is red the day after, and
 * one such node makes the item red; a node not yet reached within {@code yellowDays} of its date is
 * yellow, whatever the lag (no tolerance in points).
 */
final class NodeRule implements LightRule {

    static final NodeRule INSTANCE = new NodeRule();

    @Override
    public ControlMethod method() {
        return ControlMethod.MILESTONE;
    }

    @Override
    public Light node(Node node, int actual, LightSettings settings, LocalDate today) {
        if (actual >= node.planned()) {
            return Light.GREEN;
        }
        if (today.isAfter(node.due())) {
            return Light.RED;
        }
        return ChronoUnit.DAYS.between(today, node.due()) <= settings.yellowDays() ? Light.YELLOW : Light.GREEN;
    }

    @Override
    public Verdict own(Facts f, List<Light> nodes, LightSettings settings, LocalDate today) {
        return GanttRule.worstNode(f, nodes);
    }
}
