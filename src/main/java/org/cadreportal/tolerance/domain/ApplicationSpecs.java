package org.cadreportal.tolerance.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.Collection;
import java.util.List;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.data.jpa.domain.Specification;

/** The application list's filters and data scope as one SQL where-clause. */
public final class ApplicationSpecs {

    private ApplicationSpecs() {
    }

    /**
     * @param scopePath the acting user's scope: applied to every query
     * @param unitPath  the unit subtree chosen in the filter, or null
     * @param stepId    the step the current step must be, or null for any
     */
    public static Specification<ToleranceApplication> matching(ApplicationFilter filter, String scopePath,
                                                               String unitPath, Long stepId) {
        return (root, query, cb) -> {
            Join<ToleranceApplication, UnitView> unit =
                    Specs.<ToleranceApplication, UnitView>fetchOrJoin(root, query, "unit");
            // The category's names are on every row: fetched with the page, never one query a row.
            Specs.<ToleranceApplication, ToleranceCategory>fetchOrJoin(root, query, "category");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Specs.contains(filter.text());
                where.add(cb.or(cb.like(root.get("cadreName"), like, '\\'),
                        cb.like(root.get("applicationNo"), like, '\\'), cb.like(root.get("matter"), like, '\\')));
            }
            if (filter.categoryId() != null) {
                where.add(cb.equal(root.get("category").get("id"), filter.categoryId()));
            }
            if (stepId != null) {
                where.add(cb.equal(root.get("progress").get("currentStepId"), stepId));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("progress").get("status"), filter.status()));
            }
            if (filter.outcome() != null) {
                where.add(cb.equal(root.get("outcome"), filter.outcome()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Open applications standing on one of {@code stepIds}, in the scope: someone's 待办. */
    public static Specification<ToleranceApplication> waitingOn(Collection<Long> stepIds, String scopePath) {
        Specification<ToleranceApplication> open = (root, query, cb) -> cb.and(
                cb.equal(root.get("progress").get("status"), CaseStatus.OPEN),
                root.get("progress").get("currentStepId").in(stepIds));
        return matching(ApplicationFilter.all(), scopePath, null, null).and(open);
    }
}
