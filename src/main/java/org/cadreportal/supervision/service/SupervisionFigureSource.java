package org.cadreportal.supervision.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureSource;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.supervision.service.FiguresQuery.Figure;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 大督办's figures on the dashboard: the counts of {@link FiguresQuery}, by lead unit, in the user's scope. */
@Component
class SupervisionFigureSource implements FigureSource {

    static final String SECTION = "dashboard.section.supervision";
    private static final Map<String, Figure> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("supervision.itemsOnline", Figure.ONLINE);
        KEYS.put("supervision.itemsClosed", Figure.CLOSED);
        KEYS.put("supervision.itemsRed", Figure.RED);
        KEYS.put("supervision.reminders", Figure.REMINDERS);
        KEYS.put("supervision.interviews", Figure.INTERVIEWS);
        KEYS.put("supervision.adjustments", Figure.ADJUSTMENTS);
    }

    private final FiguresQuery query;
    private final DataScope scope;

    SupervisionFigureSource(FiguresQuery query, DataScope scope) {
        this.query = query;
        this.scope = scope;
    }

    @Override
    @PermitAll
    public boolean available() {
        // Its drill-downs list these records: the one rule decides, as on the records' own pages.
        return RecordAccess.mayOpen(AccessTypes.DASHBOARD) && RecordAccess.mayOpen(AccessTypes.SUPERVISION_ITEM);
    }

    @Override
    @PermitAll
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("supervision.itemsOnline", "figure.supervision.itemsOnline", SECTION, 10,
                        "dashboard.measure.item"),
                FigureDefinition.count("supervision.itemsClosed", "figure.supervision.itemsClosed", SECTION, 20,
                        "dashboard.measure.item"),
                FigureDefinition.count("supervision.itemsRed", "figure.supervision.itemsRed", SECTION, 30,
                        "dashboard.measure.item"),
                new FigureDefinition("supervision.redRate", "figure.supervision.redRate", SECTION, 40,
                        "dashboard.measure.percent", "supervision.itemsRed", "supervision.itemsOnline"),
                FigureDefinition.count("supervision.reminders", "figure.supervision.reminders", SECTION, 50,
                        "dashboard.measure.time"),
                FigureDefinition.count("supervision.interviews", "figure.supervision.interviews", SECTION, 60,
                        "dashboard.measure.personTime"),
                FigureDefinition.count("supervision.adjustments", "figure.supervision.adjustments", SECTION, 70,
                        "dashboard.measure.personTime"));
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        String path = scope.narrow(unitId);
        Map<String, Long> counts = new LinkedHashMap<>();
        KEYS.forEach((key, figure) -> counts.put(key, query.count(figure, from, to, path)));
        return counts;
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        Figure figure = KEYS.get(key);
        if (figure == null) {
            throw new RecordNotFoundException();
        }
        return query.records(figure, from, to, scope.narrow(unitId), pageable);
    }

}
