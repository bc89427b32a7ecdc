package org.cadreportal.supervision.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.report.FigureFilter;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.TableFigureSource;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.service.FiguresQuery.Figure;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 大督办's figures on the dashboard: the counts of {@link FiguresQuery}, by lead unit, in the user's scope; with the
 * dashboard's 包保市领导 filter, those of the items one city leader has in charge (a part {@code leader:username}).
 */
@Component
class SupervisionFigureSource extends TableFigureSource<Figure> {

    static final String SECTION = "dashboard.section.supervision";
    private static final FigureTable<Figure> FIGURES = new FigureTable<Figure>(SECTION)
            .count("supervision.itemsOnline", "figure.supervision.itemsOnline", 10, "dashboard.measure.item",
                    Figure.ONLINE)
            .count("supervision.itemsClosed", "figure.supervision.itemsClosed", 20, "dashboard.measure.item",
                    Figure.CLOSED)
            .count("supervision.itemsRed", "figure.supervision.itemsRed", 30, "dashboard.measure.item", Figure.RED)
            .rate("supervision.redRate", "figure.supervision.redRate", 40, "dashboard.measure.percent",
                    "supervision.itemsRed", "supervision.itemsOnline")
            .count("supervision.reminders", "figure.supervision.reminders", 50, "dashboard.measure.sms",
                    Figure.REMINDERS)
            .count("supervision.interviews", "figure.supervision.interviews", 60, "dashboard.measure.personTime",
                    Figure.INTERVIEWS)
            .count("supervision.adjustments", "figure.supervision.adjustments", 70, "dashboard.measure.personTime",
                    Figure.ADJUSTMENTS)
            .count("supervision.itemsStarted", "figure.supervision.itemsStarted", 80, "dashboard.measure.item",
                    Figure.STARTED)
            .count("supervision.itemsRegistered", "figure.supervision.itemsRegistered", 90,
                    "dashboard.measure.item", Figure.REGISTERED);

    private final FiguresQuery query;
    private final UserDirectory directory;

    SupervisionFigureSource(FiguresQuery query, DataScope scope, UserDirectory directory) {
        super(FIGURES, scope, AccessTypes.SUPERVISION_ITEM);
        this.query = query;
        this.directory = directory;
    }

    /** The 包保市领导 a part names, null for none; a part of no leader is no part of this source. */
    private static String leaderOf(String part) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        return Leader.ofPart(part).orElseThrow(RecordNotFoundException::new);
    }

    @Override
    @PermitAll
    public Optional<FigureFilter> filter() {
        // Who may be named 包保市领导 (ProjectFactsService.leaders): the members of the 常委会.
        return Optional.of(new FigureFilter(SECTION, "supervision.field.leader", "dashboard-leader",
                directory.members(Role.COMMITTEE).stream().map(m -> new FigureFilter.Choice(
                        Leader.part(m.username()), m.displayName())).toList()));
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        return counts(from, to, unitId, null);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId, String part) {
        String path = scope().narrow(unitId);
        String leader = leaderOf(part);
        return FIGURES.counts(figure -> query.count(figure, from, to, path, leader));
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        return records(key, null, from, to, unitId, pageable);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, String part, LocalDate from, LocalDate to, Long unitId,
                                      Pageable pageable) {
        return query.records(FIGURES.figure(key), from, to, scope().narrow(unitId), leaderOf(part), pageable);
    }

}
