package org.cadreportal.supervision.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.domain.ItemCadre;
import org.cadreportal.supervision.domain.LightChangeRecord;
import org.cadreportal.supervision.domain.LightChangeRepository;
import org.cadreportal.supervision.domain.LightConfig;
import org.cadreportal.supervision.domain.LightConfigRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.cadreportal.supervision.domain.TypeMethod;
import org.cadreportal.supervision.domain.TypeMethodRepository;
import org.springframework.stereotype.Component;

/** Recomputes one item's lights after a report or a move, keeping the change and climbing the ladder. */
@Component
@RequiredArgsConstructor
class LightJudge {

    private final LightConfigRepository config;
    private final TypeMethodRepository typeMethods;
    private final LightChangeRepository changes;
    private final BenchmarkCurves curves;
    private final Escalator escalator;
    private final Reminders reminders;

    LightSettings settings() {
        LightConfig c = config.findById(LightConfig.ID).orElseThrow();
        Map<ItemType, ControlMethod> methods = new EnumMap<>(ItemType.class);
        typeMethods.findAll().forEach(t -> methods.put(t.getType(), t.getMethod()));
        return new LightSettings(c.getVersion(), c.getYellowDays(), c.getLagPoints(), c.getYearStartMonth(),
                c.getInterviewAt(), c.getAdjustAt(), methods);
    }

    /** Saves the settings; a type left out of {@code s.methods()} keeps its method. */
    void change(LightSettings s) {
        LightConfig c = config.findById(LightConfig.ID).orElseThrow();
        if (c.getVersion() != s.version()) {
            throw new org.cadreportal.base.StaleDataException();
        }
        c.change(s.yellowDays(), s.lagPoints());
        c.changeLadder(s.yearStartMonth(), s.interviewAt(), s.adjustAt());
        for (TypeMethod t : typeMethods.findAll()) {
            ControlMethod m = s.methods().get(t.getType());
            if (m != null && m != t.getMethod()) {
                t.change(m);
            }
        }
        config.flush();
    }

    void judge(SupervisionItem item, LocalDate today) {
        LightSettings settings = settings();
        SupervisionItem b = item.getBenchmark();
        Light before = item.judge(settings, b == null ? null : curves.load(b.getId()), today);
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
            int reds = (int) changes.countByItemIdAndTo(item.getId(), Light.RED);
            escalator.climb(List.of(new Escalator.Red(item.getId(), item.getItemNo(), item.getTitle(), reds, cadres)),
                    settings, today);
        }
    }
}
