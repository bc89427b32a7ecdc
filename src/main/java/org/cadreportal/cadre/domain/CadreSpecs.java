package org.cadreportal.cadre.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.CadreFilter;
import org.springframework.data.jpa.domain.Specification;

/** The registry's filters and data scope as one SQL where-clause. */
public final class CadreSpecs {

    private CadreSpecs() {
    }

    /**
     * @param scopePath the acting user's scope (a unit path prefix): applied to every query
     * @param unitPath  the unit subtree chosen in the filter, or null
     */
    public static Specification<Cadre> matching(CadreFilter filter, String scopePath, String unitPath) {
        return (root, query, cb) -> {
            Join<Cadre, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Specs.contains(filter.text());
                where.add(cb.or(cb.like(root.get("name"), like, '\\'), cb.like(root.get("code"), like, '\\')));
            }
            if (filter.level() != null) {
                where.add(cb.equal(root.get("managementLevel"), filter.level()));
            }
            if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.rank() != null) {
                where.add(cb.equal(root.get("rank"), filter.rank()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
