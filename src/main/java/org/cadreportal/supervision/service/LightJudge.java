package org.cadreportal.supervision.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.domain.ItemCadre;
import org.cadreportal.supervision.domain.LightChangeRecord;
import org.cadreportal.supervision.domain.LightChangeRepository;
import org.cadreportal.supervision.domain.LightConfig;
import org.cadreportal.supervision.domain.LightConfigRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.springframework.stereotype.Component;

/** Recomputes one item's lights after a report or a move, keeping the change and climbing the ladder. */
@Component
class LightJudge {

    private final LightConfigRepository config;
    private final LightChangeRepository changes;
    private final Escalator escalator;
    private final Reminders reminders;

    LightJudge(LightConfigRepository config, LightChangeRepository changes, Escalator escalator, Reminders reminders) {
        this.reminders = reminders;
        this.config = config;
        this.changes = changes;
        this.escalator = escalator;
    }

    LightSettings settings() {
        LightConfig c = config.findById(LightConfig.ID).orElseThrow();
        return new LightSettings(c.getVersion(), c.getYellowDays(), c.getLagPoints());
    }

    void judge(SupervisionItem item, LocalDate today) {
        Light before = item.judge(settings(), today);
        if (before == null) {
            return;
        }
        changes.save(new LightChangeRecord(item.getId(), before, item.getLight(), today));
        if (item.getLight() == Light.YELLOW) {
            reminders.yellow(item.getId(), item.getItemNo(), item.getTitle(), item.getCadres().stream()
                    .collect(Collectors.toMap(ItemCadre::getId, ItemCadre::getName)));
        }
        if (item.getLight() == Light.RED) {
            changes.flush();
            Map<Long, String> cadres = item.getCadres().stream()
                    .collect(Collectors.toMap(ItemCadre::getId, ItemCadre::getName));
            escalator.onRed(item.getId(), item.getItemNo(), item.getTitle(), cadres, today);
        }
    }
}
