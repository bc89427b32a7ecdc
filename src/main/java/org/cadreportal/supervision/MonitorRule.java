package org.cadreportal.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 状态监测: the monitored figure of the period (a calendar month: the value reported this month, else last
 * month's) against its band: at or above the target green, down to the floor yellow, below the floor red.
 * The floor defaults to 90 % of the target. No value for this or last month, once the item has run a
 * full month, is yellow. Milestones keep their own lights (for 节点提醒) as in 甘特图对标.
 */
final class MonitorRule implements LightRule {

    static final MonitorRule INSTANCE = new MonitorRule();
    private static final BigDecimal DEFAULT_FLOOR = new BigDecimal("0.9");

    @Override
    public ControlMethod method() {
        return ControlMethod.MONITOR;
    }

    @Override
    public Light node(Node node, int actual, LightSettings settings, LocalDate today) {
        return LightRule.milestone(node.due(), node.planned(), actual, settings, today);
    }

    @Override
    public Verdict own(Facts f, List<Light> nodes, LightSettings settings, LocalDate today) {
        Monitor m = f.monitor();
        if (m == null || m.target() == null) {
            Verdict byNodes = GanttRule.worstNode(f, nodes);
            return new Verdict(byNodes.light(), nodes, "supervision.rule.monitor.none", List.of());
        }
        BigDecimal floor = floor(m);
        LocalDate lastPeriod = today.withDayOfMonth(1).minusMonths(1);
        boolean current = m.value() != null && m.reportedOn() != null && !m.reportedOn().isBefore(lastPeriod);
        if (!current) {
            boolean due = f.start().isBefore(today.withDayOfMonth(1));
            return new Verdict(due ? Light.YELLOW : Light.GREEN, nodes,
                    due ? "supervision.rule.monitor.missing" : "supervision.rule.monitor.first",
                    List.of(m.name(), m.target().toPlainString(), floor.toPlainString()));
        }
        Light light = m.value().compareTo(m.target()) >= 0 ? Light.GREEN
                : m.value().compareTo(floor) >= 0 ? Light.YELLOW : Light.RED;
        return new Verdict(light, nodes, "supervision.rule.monitor", List.of(m.name(),
                m.reportedOn().getYear() + "-" + String.format("%02d", m.reportedOn().getMonthValue()),
                m.value().toPlainString(), m.target().toPlainString(), floor.toPlainString()));
    }

    static BigDecimal floor(Monitor m) {
        return m.floor() != null ? m.floor() : m.target().multiply(DEFAULT_FLOOR).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
