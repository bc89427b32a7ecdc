package org.cadreportal.supervision.service;

import java.time.LocalDate;
import org.cadreportal.supervision.ItemEscalated;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.domain.Escalation;
import org.cadreportal.supervision.domain.EscalationRepository;
import org.cadreportal.supervision.domain.LightChangeRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 一次提醒、二次约谈、三次调整: each time an item turns red, every responsible cadre climbs one rung.
 * Each climb is published as {@link ItemEscalated}; the adjustment feature opens a "down" case at the
 * third rung, and the event publication registry keeps the event until it has.
 */
@Component
class Escalator {

    private final EscalationRepository escalations;
    private final LightChangeRepository changes;
    private final Reminders reminders;
    private final ApplicationEventPublisher events;

    Escalator(EscalationRepository escalations, LightChangeRepository changes, Reminders reminders,
              ApplicationEventPublisher events) {
        this.escalations = escalations;
        this.changes = changes;
        this.reminders = reminders;
        this.events = events;
    }

    /** Call after the change to red is saved. */
    void onRed(long itemId, String itemNo, String title, java.util.Map<Long, String> cadres, LocalDate today) {
        climb(itemId, itemNo, title, cadres, (int) changes.countByItemIdAndTo(itemId, Light.RED), today);
    }

    /** @param reds how many times the item has turned red, this time included */
    void climb(long itemId, String itemNo, String title, java.util.Map<Long, String> cadres, int reds,
               LocalDate today) {
        if (reds < 1 || reds > 3) {
            return;
        }
        Rung rung = Rung.values()[reds - 1];
        cadres.forEach((cadreId, name) -> {
            escalations.save(new Escalation(itemId, cadreId, name, rung, reds, today));
            switch (rung) {
                case REMINDER -> reminders.red(itemId, itemNo, title, cadreId);
                case INTERVIEW -> reminders.interview(itemId, itemNo, title, cadreId);
                case ADJUSTMENT -> { } // the adjustment feature answers ItemEscalated with a case
            }
            events.publishEvent(new ItemEscalated(itemId, itemNo, title, cadreId, rung, reds));
        });
    }
}
