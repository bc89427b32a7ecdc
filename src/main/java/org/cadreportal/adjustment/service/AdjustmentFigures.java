package org.cadreportal.adjustment.service;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.cadreportal.base.StoredText;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.FigureQuery;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.security.DataScope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The dashboard's 能上能下 figures: cases opened in the period; cadres adjusted down and moved up (cases
 * completed in the period, by direction); and cases closed in the period by outcome.
 */
@Component
class AdjustmentFigures extends QueryFigureSource.ForCaseReaders<String> {

    static final String OPENED = "adjustment.opened";
    static final String DOWN = "adjustment.down";
    static final String UP = "adjustment.up";
    static final String COMPLETED = "adjustment.completed";
    static final String REJECTED = "adjustment.rejected";
    static final String IMPROVED = "adjustment.improved";
    static final String TERMINATED = "adjustment.terminated";
    /** Open cases standing on step N today (both procedures have 11 steps): 在办案件 per step. */
    static final String ON_STEP = "adjustment.onStep.";
    private static final int STEPS = 11;
    /** The seven outcomes, then the open cases on each step; each figure's key is what {@link #spec} reads. */
    private static final FigureTable<String> FIGURES = new FigureTable<String>("report.section.adjustment")
            .count(OPENED, "figure.adjustment.opened", 1, "report.measure.cases", OPENED)
            .count(DOWN, "figure.adjustment.down", 2, "report.measure.people", DOWN)
            .count(UP, "figure.adjustment.up", 3, "report.measure.people", UP)
            .count(COMPLETED, "figure.adjustment.completed", 4, "report.measure.cases", COMPLETED)
            .count(REJECTED, "figure.adjustment.rejected", 5, "report.measure.cases", REJECTED)
            .count(IMPROVED, "figure.adjustment.improved", 6, "report.measure.cases", IMPROVED)
            .count(TERMINATED, "figure.adjustment.terminated", 7, "report.measure.cases", TERMINATED)
            .countEach(IntStream.rangeClosed(1, STEPS).mapToObj(String::valueOf).toList(), ON_STEP,
                    "figure.adjustment.onStep.", 11, 1, "report.measure.cases", n -> ON_STEP + n);

    AdjustmentFigures(AdjustmentCaseRepository cases, DataScope scope) {
        super(FIGURES, FigureQuery.bySpecification(cases, AdjustmentFigures::spec,
                key -> byOpening(key) ? "openedOn" : "progress.closedOn",
                (key, c) -> record(c, byOpening(key) ? c.getOpenedOn() : c.getProgress().getClosedOn())),
                scope, AccessTypes.ADJUSTMENT_CASE);
    }

    /** Opened cases and those on a step count by the day they were opened, the others by the day they closed. */
    private static boolean byOpening(String key) {
        return OPENED.equals(key) || key.startsWith(ON_STEP);
    }

    /** A case as a drill-down line, on the day that put it in the figure's period. */
    static FigureRecord record(AdjustmentCase c, LocalDate day) {
        return new FigureRecord(c.getId(), day, c.getCaseNo() + " " + c.getCadreName(), c.getUnit().getName(),
                StoredText.of("figure.detail.adjustment", c.getDirection().labelKey(),
                        FigureRecord.shortened(c.getSummary())), "adjustment/" + c.getId());
    }

    private static Specification<AdjustmentCase> spec(String key, LocalDate from, LocalDate to, String path) {
        return (root, query, cb) -> {
            Join<AdjustmentCase, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            Path<CaseStatus> status = root.get("progress").get("status");
            Path<LocalDate> closedOn = root.get("progress").get("closedOn");
            var inScope = cb.like(unit.get("path"), path + "%");
            if (key.startsWith(ON_STEP)) {
                int ordinal = Integer.parseInt(key.substring(ON_STEP.length()));
                return cb.and(inScope, cb.equal(status, CaseStatus.OPEN), cb.lessThanOrEqualTo(root.get("openedOn"), to),
                        cb.equal(root.get("progress").get("currentOrdinal"), ordinal));
            }
            return switch (key) {
                case OPENED -> cb.and(inScope, cb.between(root.get("openedOn"), from, to));
                case DOWN, UP -> cb.and(inScope, cb.equal(status, CaseStatus.COMPLETED),
                        cb.between(closedOn, from, to),
                        cb.equal(root.get("direction"), DOWN.equals(key) ? Direction.DOWN : Direction.UP));
                case COMPLETED, REJECTED, IMPROVED, TERMINATED -> cb.and(inScope, cb.between(closedOn, from, to),
                        cb.equal(status, CaseStatus.valueOf(key.substring(key.indexOf('.') + 1).toUpperCase())));
                default -> throw new IllegalArgumentException("Unknown figure " + key);
            };
        };
    }

}
