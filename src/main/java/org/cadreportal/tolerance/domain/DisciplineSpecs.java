package org.cadreportal.tolerance.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.tolerance.DisciplineFilter;
import org.springframework.data.jpa.domain.Specification;

/** The visit list's filters and data scope as one SQL where-clause. */
public final class DisciplineSpecs {

    private DisciplineSpecs() {
    }

    public static Specification<DisciplineRecord> matching(DisciplineFilter filter, String scopePath, String unitPath,
                                                           LocalDate today) {
        return (root, query, cb) -> {
            Join<DisciplineRecord, UnitView> unit =
                    Specs.<DisciplineRecord, UnitView>fetchOrJoin(root, query, "unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            if (filter.text() != null && !filter.text().isBlank()) {
                where.add(cb.like(root.get("cadreName"), Specs.contains(filter.text()), '\\'));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.overdueOnly()) {
                Subquery<Long> overdue = query.subquery(Long.class);
                Root<EducationVisit> visit = overdue.from(EducationVisit.class);
                overdue.select(visit.get("id")).where(cb.equal(visit.get("record"), root),
                        cb.isNull(visit.get("visitedOn")), cb.lessThan(visit.get("plannedOn"), today));
                where.add(cb.exists(overdue));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
