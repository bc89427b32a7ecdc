package org.cadreportal.supervision.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemStatus;
import org.springframework.data.jpa.domain.Specification;

/** The items grid's filters and data scope (by lead unit) as one SQL where-clause. */
public final class ItemSpecs {

    private ItemSpecs() {
    }

    public static Specification<SupervisionItem> matching(ItemFilter f, String scopePath, String unitPath,
                                                          LocalDate today) {
        return (root, query, cb) -> {
            Join<SupervisionItem, UnitView> unit = Specs.fetchOrJoin(root, query, "leadUnit");
            fetchAspect(root, query);
            List<Predicate> where = Specs.inSubtrees(cb, unit.get("path"), scopePath, unitPath);
            if (f.text() != null && !f.text().isBlank()) {
                String like = Specs.contains(f.text());
                where.add(cb.or(cb.like(root.get("title"), like, '\\'), cb.like(root.get("itemNo"), like, '\\')));
            }
            if (f.aspectId() != null) {
                where.add(cb.equal(root.get("aspect").get("id"), f.aspectId()));
            }
            if (f.sectionId() != null) {
                where.add(cb.equal(root.get("aspect").get("section").get("id"), f.sectionId()));
            }
            if (f.method() != null) {
                where.add(cb.equal(root.get("method"), f.method()));
            }
            if (f.light() != null) {
                where.add(cb.equal(root.get("light"), f.light()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.overdueOnly()) {
                where.add(cb.equal(root.get("status"), ItemStatus.ONLINE));
                where.add(cb.lessThan(root.get("endDate"), today));
                where.add(cb.lessThan(root.get("actualProgress"), 100));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Items a cadre is responsible for (their own list; no unit scope, it is their own work). */
    public static Specification<SupervisionItem> responsible(long cadreId) {
        return (root, query, cb) -> {
            Specs.fetchOrJoin(root, query, "leadUnit");
            fetchAspect(root, query);
            return cb.equal(root.join("cadres").get("id"), cadreId);
        };
    }

    /** A grid row shows the aspect and its section: fetched with the page, not one query per row. */
    private static void fetchAspect(jakarta.persistence.criteria.Root<SupervisionItem> root,
                                    jakarta.persistence.criteria.CriteriaQuery<?> query) {
        if (!Specs.counting(query)) {
            root.fetch("aspect").fetch("section");
        }
    }
}
