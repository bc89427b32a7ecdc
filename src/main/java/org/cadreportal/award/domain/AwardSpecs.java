package org.cadreportal.award.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters and the data scope as one SQL where-clause. */
public final class AwardSpecs {

    private AwardSpecs() {
    }

    public static Specification<AwardRecord> matching(AwardFilter f, String scopePath, String unitPath) {
        return (root, query, cb) -> {
            Join<AwardRecord, UnitView> unit = Specs.fetchOrJoin(root, query, "unit");
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            where.add(cb.equal(root.get("kind"), f.kind()));
            if (f.keyword() != null && !f.keyword().isBlank()) {
                String like = Specs.contains(f.keyword());
                where.add(cb.or(cb.like(root.get("cadreName"), like, '\\'), cb.like(root.get("reason"), like, '\\'),
                        cb.like(root.get("issuedBy"), like, '\\'), cb.like(root.get("documentNo"), like, '\\')));
            }
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("decidedOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("decidedOn"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
