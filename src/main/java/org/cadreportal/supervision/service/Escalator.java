package org.cadreportal.supervision.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.supervision.ItemEscalated;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.domain.Escalation;
import org.cadreportal.supervision.domain.EscalationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 一次提醒、二次约谈、三次调整, per responsible cadre: each time one of his items turns red, the cadre's count
 * of reds within the plan year (on all his items) chooses the rung; the window and the steps are settings.
 * The escalation row keeps the item (per-item history) and both counts. Each climb is published as
 * {@link ItemEscalated}; the adjustment feature opens a "down" case at the adjustment rung, and the event
 * publication registry keeps the event until it has.
 */
@Component
@RequiredArgsConstructor
class Escalator {

    /** An item that has just turned red: its nth red, and its responsible cadres (id → name). */
    record Red(long itemId, String itemNo, String title, int itemReds, Map<Long, String> cadres) {
    }

    private final EscalationRepository escalations;
    private final JdbcTemplate jdbc;
    private final Reminders reminders;
    private final ApplicationEventPublisher events;

    /**
     * Climbs the ladder for every cadre of every item, in the order given: one read for all the cadres'
     * counts in the window, then the rows and notices. Call after the changes to red are saved.
     *
     * @return the statements sent to count (one)
     */
    int climb(List<Red> reds, LightSettings settings, LocalDate today) {
        List<Long> cadreIds = reds.stream().flatMap(r -> r.cadres().keySet().stream()).distinct().toList();
        if (cadreIds.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> counts = new HashMap<>();
        escalations.flush();
        jdbc.query("select cadre_id, count(*) from escalations where raised_on >= ? and cadre_id in ("
                + cadreIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") group by cadre_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, Date.valueOf(settings.windowStart(today)));
        for (Red red : reds) {
            red.cadres().forEach((cadreId, name) -> {
                int nth = counts.merge(cadreId, 1, Integer::sum);
                raise(red, cadreId, name, settings.rung(nth), nth, today);
            });
        }
        return 1;
    }

    private void raise(Red red, long cadreId, String name, Rung rung, int nth, LocalDate today) {
        escalations.save(new Escalation(red.itemId(), cadreId, name, rung, red.itemReds(), nth, today));
        switch (rung) {
            case REMINDER -> reminders.red(red.itemId(), red.itemNo(), red.title(), cadreId);
            case INTERVIEW -> reminders.interview(red.itemId(), red.itemNo(), red.title(), cadreId);
            case ADJUSTMENT -> { } // the adjustment feature answers ItemEscalated with a case
        }
        events.publishEvent(new ItemEscalated(red.itemId(), red.itemNo(), red.title(), cadreId, rung, nth));
    }
}
