package org.cadreportal.adjustment.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.data.jpa.domain.Specification;

/** The case lists' filters and data scope as one SQL where-clause. */
public final class CaseSpecs {

    private CaseSpecs() {
    }

    /**
     * @param scopePath the acting user's scope: applied to every query
     * @param unitPath  the unit subtree chosen in the filter, or null
     * @param stepIds   the steps the current step must be one of, or null for any
     */
    public static Specification<AdjustmentCase> matching(CaseFilter filter, String scopePath, String unitPath,
                                                         Collection<Long> stepIds, LocalDate today) {
        return (root, query, cb) -> {
            Join<AdjustmentCase, UnitView> unit = Specs.<AdjustmentCase, UnitView>fetchOrJoin(root, query, "unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Specs.contains(filter.text());
                where.add(cb.or(cb.like(root.get("cadreName"), like, '\\'), cb.like(root.get("caseNo"), like, '\\')));
            }
            if (filter.direction() != null) {
                where.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("progress").get("status"), filter.status()));
            }
            if (stepIds != null) {
                where.add(root.get("progress").get("currentStepId").in(stepIds));
            }
            if (filter.situationId() != null) {
                where.add(cb.equal(root.join("situations").get("id"), filter.situationId()));
            }
            if (filter.overdueOnly()) {
                where.add(cb.equal(root.get("progress").get("status"), CaseStatus.OPEN));
                where.add(cb.lessThan(root.get("progress").get("stepDueOn"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Open cases on one of the given steps: a user's tasks. */
    public static Specification<AdjustmentCase> waitingOn(Collection<Long> stepIds, String scopePath) {
        return (root, query, cb) -> cb.and(
                cb.like(Specs.<AdjustmentCase, UnitView>fetchOrJoin(root, query, "unit").get("path"), scopePath + "%"),
                cb.equal(root.get("progress").get("status"), CaseStatus.OPEN),
                root.get("progress").get("currentStepId").in(stepIds));
    }

    /** Cases where the member sits at 讨论决定, present, and has not voted yet. */
    public static Specification<AdjustmentCase> voteAwaitedFrom(String username) {
        return (root, query, cb) -> {
            Subquery<Long> seat = query.subquery(Long.class);
            Root<MeetingSeat> s = seat.from(MeetingSeat.class);
            seat.select(s.get("id")).where(cb.equal(s.get("adjustmentCase"), root), cb.equal(s.get("username"), username),
                    cb.isTrue(s.get("attended")), cb.isNull(s.get("vote")));
            return cb.exists(seat);
        };
    }
}
