package org.cadreportal.tolerance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.TableFigureSource;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceFigures;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 容错纠错 and 回访教育 on the dashboard: the counts of {@link ToleranceFiguresQuery} and the rows behind them. */
@Component
class ToleranceFigureSource extends TableFigureSource<ToLongFunction<ToleranceFigures>> {

    static final String FINDINGS = "tolerance.findings";
    static final String EXEMPT = "tolerance.findings.exempt";
    static final String REDUCED = "tolerance.findings.reduced";
    static final String REFUSED = "tolerance.findings.refused";
    static final String VISITS = "tolerance.visits";
    private static final FigureTable<ToLongFunction<ToleranceFigures>> FIGURES =
            new FigureTable<ToLongFunction<ToleranceFigures>>("dashboard.section.tolerance")
                    .count(FINDINGS, "figure.tolerance.findings", 10, "dashboard.measure.personTime",
                            ToleranceFigures::findings)
                    .count(EXEMPT, "figure.tolerance.exempt", 20, "dashboard.measure.personTime",
                            ToleranceFigures::exempted)
                    .count(REDUCED, "figure.tolerance.reduced", 30, "dashboard.measure.personTime",
                            ToleranceFigures::reduced)
                    .count(REFUSED, "figure.tolerance.refused", 40, "dashboard.measure.personTime",
                            ToleranceFigures::refused)
                    .count(VISITS, "figure.tolerance.visits", 50, "dashboard.measure.time", ToleranceFigures::visitsMade);

    private final ToleranceFiguresQuery query;
    private final Clock clock;

    ToleranceFigureSource(ToleranceFiguresQuery query, DataScope scope,
                          Clock clock) {
        super(FIGURES, scope, AccessTypes.TOLERANCE_APPLICATION, AccessTypes.DISCIPLINE_RECORD);
        this.query = query;
        this.clock = clock;
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Map<String, Long> counts(LocalDate from, LocalDate to, Long unitId) {
        ToleranceFigures f = query.figures(from, to, scope().narrow(unitId), LocalDate.now(clock));
        return FIGURES.counts(figure -> figure.applyAsLong(f));
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        String path = scope().narrow(unitId);
        return switch (key) {
            case FINDINGS -> query.findings(from, to, path, null, pageable);
            case EXEMPT -> query.findings(from, to, path, FindingOutcome.EXEMPT, pageable);
            case REDUCED -> query.findings(from, to, path, FindingOutcome.REDUCED, pageable);
            case REFUSED -> query.findings(from, to, path, FindingOutcome.REFUSED, pageable);
            case VISITS -> query.visits(from, to, path, pageable);
            default -> throw new RecordNotFoundException();
        };
    }

}
