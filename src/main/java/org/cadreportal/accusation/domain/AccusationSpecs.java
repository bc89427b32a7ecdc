package org.cadreportal.accusation.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.data.jpa.domain.Specification;

/** The case list's filters as one SQL query, with the data scope always applied. */
public final class AccusationSpecs {

    private AccusationSpecs() {
    }

    public static Specification<AccusationCase> matching(AccusationFilter f, String scopePath, String unitPath,
                                                         Collection<Long> stepIds, int clarifyOrdinal,
                                                         LocalDate today) {
        return (root, query, cb) -> {
            Join<AccusationCase, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            List<Predicate> where = new ArrayList<>(Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath));
            if (f.keyword() != null && !f.keyword().isBlank()) {
                String like = Specs.contains(f.keyword());
                Subquery<Long> named = query.subquery(Long.class);
                var a = named.from(AccusedCadre.class);
                named.select(a.get("id")).where(cb.equal(a.get("accusationCase"), root),
                        cb.like(a.get("cadreName"), like, '\\'));
                where.add(cb.or(cb.like(root.get("caseNo"), like, '\\'), cb.like(root.get("reportNo"), like, '\\'),
                        cb.exists(named)));
            }
            if (f.channel() != null) {
                where.add(cb.equal(root.get("channel"), f.channel()));
            }
            if (stepIds != null) {
                where.add(root.get("progress").get("currentStepId").in(stepIds.isEmpty() ? List.of(-1L) : stepIds));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("progress").get("status"), f.status()));
            }
            if (f.finding() != null) {
                Subquery<Long> found = query.subquery(Long.class);
                var a = found.from(Allegation.class);
                found.select(a.get("id")).where(cb.equal(a.get("accusationCase"), root),
                        cb.equal(a.get("finding"), f.finding()));
                where.add(cb.exists(found));
            }
            if (f.clarificationOverdue()) {
                where.add(cb.equal(root.get("progress").get("status"), CaseStatus.OPEN));
                where.add(cb.lessThan(root.get("clarificationDueOn"), today));
                where.add(cb.le(root.get("progress").get("currentOrdinal"), clarifyOrdinal));
            }
            if (f.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), f.receivedFrom()));
            }
            if (f.receivedTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), f.receivedTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
