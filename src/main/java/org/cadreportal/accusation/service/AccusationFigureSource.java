package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.util.List;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * 查诬 and 澄清正名 on the dashboard: the repository's figure counts (those of {@code AccusationService.figures}),
 * and their records read through the same query texts, so a drill-down lists exactly what its tile counted.
 */
@Component
class AccusationFigureSource extends QueryFigureSource.ForCaseReaders<String> {

    static final String FALSE_ACCUSATIONS = "accusation.falseAccusations";
    static final String CLARIFIED = "accusation.clarified";
    static final String RECEIVED = "accusation.received";
    private static final FigureTable<String> FIGURES = new FigureTable<String>("dashboard.section.accusation")
            .count(FALSE_ACCUSATIONS, "figure.accusation.falseAccusations", 10, "dashboard.measure.case",
                    FALSE_ACCUSATIONS)
            .count(CLARIFIED, "figure.accusation.clarified", 20, "dashboard.measure.personTime", CLARIFIED)
            .count(RECEIVED, "figure.accusation.received", 30, "dashboard.measure.case", RECEIVED);

    private final AccusationCaseRepository cases;

    AccusationFigureSource(AccusationCaseRepository cases, DataScope scope) {
        super(FIGURES, scope, AccessTypes.ACCUSATION_CASE);
        this.cases = cases;
    }

    @Override
    protected Page<FigureRecord> page(String key, LocalDate from, LocalDate to, String path, Pageable pageable) {
        List<FigureRecord> rows = switch (key) {
            case FALSE_ACCUSATIONS -> cases.falseAccusations(from, to, path, sorted(pageable, "foundOn"))
                    .stream().map(r -> caseRecord(r, (LocalDate) r[1])).toList();
            case RECEIVED -> cases.received(from, to, path, sorted(pageable, "receivedOn"))
                    .stream().map(r -> caseRecord(r, (LocalDate) r[5])).toList();
            default -> cases.clarified(from, to, path, sorted(pageable, "clarifiedOn"))
                    .stream().map(r -> new FigureRecord((Long) r[0], (LocalDate) r[1], (String) r[2], (String) r[4],
                            (String) r[3], "accusation/" + r[5])).toList();
        };
        return new PageImpl<>(rows, pageable, count(key, from, to, path));
    }

    @Override
    protected long count(String key, LocalDate from, LocalDate to, String path) {
        return switch (key) {
            case FALSE_ACCUSATIONS -> cases.countFalseAccusations(from, to, path);
            case RECEIVED -> cases.countReceived(from, to, path);
            default -> cases.countClarified(from, to, path);
        };
    }

    private static FigureRecord caseRecord(Object[] r, LocalDate day) {
        return new FigureRecord((Long) r[0], day, (String) r[2], (String) r[3], (String) r[4], "accusation/" + r[0]);
    }

    /** The drill-down's date (or id) order on the entity's own day column, newest first by default. */
    private static Pageable sorted(Pageable pageable, String dayProperty) {
        Sort.Order byDate = pageable.getSort().getOrderFor("date");
        Sort.Order byId = pageable.getSort().getOrderFor("id");
        Sort sort = byDate != null ? Sort.by(byDate.getDirection(), dayProperty, "id")
                : byId != null ? Sort.by(byId.getDirection(), "id")
                : Sort.by(Sort.Direction.DESC, dayProperty, "id");
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 1_000),
                sort) : Pageable.unpaged(sort);
    }

}
