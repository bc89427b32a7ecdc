package org.cadreportal.supervision.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.supervision.FactsFilter;
import org.springframework.data.jpa.domain.Specification;

/** The project-fact filters (包保市领导, 开工, 入库) as SQL, and the leader's own items. */
public final class FactsSpecs {

    private FactsSpecs() {
    }

    public static Specification<SupervisionItem> matching(FactsFilter f) {
        return (root, query, cb) -> {
            Path<Object> facts = root.get("facts");
            List<Predicate> where = new ArrayList<>();
            if (f.leaderUsername() != null) {
                where.add(cb.equal(facts.get("leaderUsername"), f.leaderUsername()));
            }
            if (f.started() != null) {
                where.add(f.started() ? cb.isNotNull(facts.get("startedOn")) : cb.isNull(facts.get("startedOn")));
            }
            if (f.registered() != null) {
                where.add(f.registered() ? cb.isNotNull(facts.get("registeredOn"))
                        : cb.isNull(facts.get("registeredOn")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Items a city leader 包保 (his own list; no unit scope, they are his charge). */
    public static Specification<SupervisionItem> ledBy(String username) {
        return (root, query, cb) -> {
            Specs.fetchOrJoin(root, query, "leadUnit");
            if (!Specs.counting(query)) {
                root.fetch("aspect").fetch("section");
            }
            return cb.equal(root.get("facts").get("leaderUsername"), username);
        };
    }

    /**
     * The ids the specification selects, as a subquery of {@code outer}; the specification sees a counting
     * query, so it joins and never fetches.
     */
    public static Subquery<Long> ids(Specification<SupervisionItem> spec, CriteriaQuery<?> outer, CriteriaBuilder cb) {
        Subquery<Long> sub = outer.subquery(Long.class);
        Root<SupervisionItem> s = sub.from(SupervisionItem.class);
        sub.select(s.get("id")).where(spec.toPredicate(s, cb.createQuery(Long.class), cb));
        return sub;
    }
}
