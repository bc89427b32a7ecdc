package org.cadreportal.inspection.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.inspection.Recommendation;
import org.cadreportal.inspection.domain.FrontlineInspectionRepository;
import org.cadreportal.report.FigurePaging;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The dashboard's frontline figures, in the archive's section after its two: the person-times and the
 * identified cadres of the inspections held in the period (by the inspected unit, as the inspection list
 * scopes them). 一线提拔使用 follows them but counts decided 上 cases, so the adjustment feature gives it.
 */
@Component
class InspectionFigures extends QueryFigureSource.ForPortalStaff<String> {

    static final String PERSON_TIMES = "inspection.personTimes";
    static final String IDENTIFIED = "inspection.identified";
    private static final Set<Recommendation> IDENTIFYING = Set.of(Recommendation.PRIORITY_USE, Recommendation.PROMOTE);
    private static final FigureTable<String> FIGURES = new FigureTable<String>("report.section.archive")
            .count(PERSON_TIMES, "figure.inspection.personTimes", 3, "report.measure.personTimes", PERSON_TIMES)
            .count(IDENTIFIED, "figure.inspection.identified", 4, "report.measure.people", IDENTIFIED);

    private final FrontlineInspectionRepository inspections;
    private final MessageSource messages;

    InspectionFigures(FrontlineInspectionRepository inspections, DataScope scope, MessageSource messages) {
        super(FIGURES, scope, AccessTypes.INSPECTION);
        this.inspections = inspections;
        this.messages = messages;
    }

    /** One query per figure; its count query is the figure, its rows the drill-down, in the query's own order. */
    @Override
    protected Page<FigureRecord> page(String key, LocalDate from, LocalDate to, String path, Pageable pageable) {
        Pageable page = FigurePaging.page(pageable, Sort.unsorted());
        return switch (key) {
            case PERSON_TIMES -> inspections.findPersonTimes(from, to, path, page).map(this::seen);
            case IDENTIFIED -> recommended(IDENTIFYING, from, to, path, page);
            default -> throw new IllegalArgumentException("Unknown figure " + key);
        };
    }

    /** Each cadre once, at the latest inspection in the period that recommended them so. */
    private Page<FigureRecord> recommended(Set<Recommendation> recs, LocalDate from, LocalDate to, String path,
                                           Pageable pageable) {
        Page<Object[]> cadres = inspections.findRecommended(recs, from, to, path, pageable);
        List<Long> ids = cadres.getContent().stream().map(r -> (Long) r[0]).toList();
        Map<Long, Object[]> latest = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            inspections.recommendationsOf(ids, recs, from, to, path).forEach(r -> latest.putIfAbsent((Long) r[3], r));
        }
        return new PageImpl<>(ids.stream().map(id -> seen(latest.get(id))).toList(), pageable,
                cadres.getTotalElements());
    }

    /** A person-time (inspection, day, unit, cadre, recommendation, name): the cadre's id, linked to the inspection. */
    private FigureRecord seen(Object[] r) {
        Recommendation rec = (Recommendation) r[4];
        return new FigureRecord((Long) r[3], (LocalDate) r[1], (String) r[5], (String) r[2],
                messages.getMessage(rec.labelKey(), null, Locale.SIMPLIFIED_CHINESE), "inspection/" + r[0]);
    }

    /** A cadre may open his own records of this kind, but someone who is only a cadre counts none of them. */
    @Override
    protected String path(Long unitId) {
        return scope().figurePath(unitId);
    }
}
