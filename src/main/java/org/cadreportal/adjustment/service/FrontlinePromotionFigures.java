package org.cadreportal.adjustment.service;

import jakarta.persistence.criteria.Join;
import java.time.LocalDate;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.report.FigureTable;
import org.cadreportal.report.FigureQuery;
import org.cadreportal.report.QueryFigureSource;
import org.cadreportal.security.DataScope;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * 一线提拔使用, in the archive's section after the frontline inspections' figures: the 上 cases opened
 * from a frontline recommendation (source 一线识别) that 讨论决定 carried in the period (by the meeting's
 * day) and that were not terminated since, at units of the subtree. It counts decisions, not
 * recommendations: a recommended cadre counts once a case promoting him is decided.
 */
@Component
class FrontlinePromotionFigures extends QueryFigureSource.ForCaseReaders<String> {

    /** The key the dashboard has always used for this figure, so links and charts keep working. */
    static final String PROMOTED = "inspection.promoted";
    private static final FigureTable<String> FIGURES = new FigureTable<String>("report.section.archive")
            .count(PROMOTED, "figure.inspection.promoted", 5, "report.measure.people", PROMOTED);

    FrontlinePromotionFigures(AdjustmentCaseRepository cases, DataScope scope) {
        super(FIGURES, FigureQuery.bySpecification(cases, (key, from, to, path) -> decided(from, to, path),
                key -> "meetingDate", (key, c) -> AdjustmentFigures.record(c, c.getMeetingDate())),
                scope, AccessTypes.ADJUSTMENT_CASE);
    }

    static Specification<AdjustmentCase> decided(LocalDate from, LocalDate to, String path) {
        return (root, query, cb) -> {
            Join<AdjustmentCase, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            return cb.and(cb.like(unit.get("path"), path + "%"),
                    cb.equal(root.get("direction"), Direction.UP),
                    cb.equal(root.get("source"), CaseSource.FRONTLINE),
                    cb.equal(root.get("decision"), "PASSED"),
                    cb.notEqual(root.get("progress").get("status"), CaseStatus.TERMINATED),
                    cb.between(root.get("meetingDate"), from, to));
        };
    }
}
