package org.cadreportal.archive.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.Scores;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.security.DataScope;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The archive grid's one SQL statement per page: entries joined to their cadre and unit (for the name
 * and the data scope), the filter in the where-clause, the sort in the database, only the columns the
 * grid shows. Counting is a separate statement the grid asks for once.
 */
@Component
@RequiredArgsConstructor
class EntryQuery {

    /**
     * Grid sort keys and the columns they sort; anything else is ignored. Not the cadre's or unit's name:
     * no index serves those across the join, and at 2,000,000 entries one such page takes 11 s
     * (docs/performance.md); the filters narrow by cadre and unit instead.
     */
    private static final List<String> SORTABLE = List.of("submittedAt", "status", "periodId", "late");

    private final EntityManager em;

    List<EntryRow> page(EntryFilter filter, DataScope.Reach reach, String unitPath, Pageable pageable,
                        ArchiveNames.Names names, boolean oldestFirst) {
        return select(filter, reach, unitPath, pageable, names, oldestFirst, null);
    }

    /**
     * The next rows of a long read (an export), newest first, after the last id read: each step seeks by
     * the primary key instead of counting past everything read before.
     */
    List<EntryRow> after(EntryFilter filter, DataScope.Reach reach, String unitPath, Long lastId, int size,
                         ArchiveNames.Names names) {
        return select(filter, reach, unitPath, PageRequest.of(0, size), names, false,
                lastId);
    }

    private List<EntryRow> select(EntryFilter filter, DataScope.Reach reach, String unitPath, Pageable pageable,
                                  ArchiveNames.Names names, boolean oldestFirst, Long belowId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Tables t = new Tables(q.from(AchievementEntry.class), reach, unitPath);
        Root<AchievementEntry> e = t.entry;
        q.multiselect(e.get("id"), cadreId(e), t.cadre().get("name"), t.unit().get("name"), e.get("periodId"), e.get("fieldId"),
                e.get("levelId"), e.get("categoryId"), e.get("role"), e.get("whatDone"), e.get("status"),
                e.get("late"), e.get("proxyName"), e.get("submittedAt"), e.get("scoreCompletion"),
                e.get("scoreTruth"), e.get("scoreDifficulty"), e.get("scoreContribution"));
        Predicate[] where = where(cb, t, filter);
        if (belowId != null) {
            where = Stream.concat(Arrays.stream(where), Stream.of(cb.lessThan(e.get("id"), belowId)))
                    .toArray(Predicate[]::new);
        }
        q.where(where);
        q.orderBy(order(cb, e, pageable.getSort(), oldestFirst));
        return cacheable(em.createQuery(q)).setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize()).getResultList().stream().map(r -> row(r, names)).toList();
    }

    long count(EntryFilter filter, DataScope.Reach reach, String unitPath) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Tables t = new Tables(q.from(AchievementEntry.class), reach, unitPath);
        q.select(cb.count(t.entry));
        q.where(where(cb, t, filter));
        return cacheable(em.createQuery(q)).getSingleResult();
    }

    /**
     * How many entries match, counting no further than {@code cap + 1} of them: {@code select count(*) from
     * (select … limit cap + 1)}, so the database stops after that many rows however many match. With
     * {@code fromId}, only entries from that id on (a window of the newest).
     */
    long countUpTo(EntryFilter filter, DataScope.Reach reach, String unitPath, int cap, Long fromId) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
        JpaCriteriaQuery<Long> q = cb.createQuery(Long.class);
        JpaSubQuery<Tuple> matching = q.subquery(Tuple.class);
        JpaRoot<AchievementEntry> e = matching.from(AchievementEntry.class);
        matching.multiselect(e.get("id").alias("id"));
        Predicate[] where = where(cb, new Tables(e, reach, unitPath), filter);
        if (fromId != null) {
            where = Stream.concat(Arrays.stream(where), Stream.of(cb.greaterThanOrEqualTo(e.get("id"), fromId)))
                    .toArray(Predicate[]::new);
        }
        matching.where(where);
        matching.fetch(cap + 1);
        q.from(matching);
        q.select(cb.count());
        return cacheable(em.createQuery(q)).getSingleResult();
    }

    /**
     * The id of the {@code n}-th newest matching entry: where a window of the newest {@code n} begins. A statement
     * of its own: inside the count, as a subquery, MariaDB cannot use its value to read the window's range of ids
     * and scans the whole table instead (3.5 s at 2,000,000 entries, docs/performance.md).
     */
    Optional<Long> nthNewestId(EntryFilter filter, DataScope.Reach reach, String unitPath, int n) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Tables t = new Tables(q.from(AchievementEntry.class), reach, unitPath);
        Root<AchievementEntry> e = t.entry;
        q.select(e.get("id"));
        q.where(where(cb, t, filter));
        q.orderBy(cb.desc(e.get("id")));
        return cacheable(em.createQuery(q)).setFirstResult(n - 1).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Hibernate translates a criteria query to SQL again on every call unless told to keep the plan (keyed by the
     * query's tree): the grid asks the same few shapes again and again (docs/performance.md).
     */
    private static <T> TypedQuery<T> cacheable(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_QUERY_PLAN_CACHEABLE, true);
    }

    private static Predicate[] where(CriteriaBuilder cb, Tables t, EntryFilter f) {
        Root<AchievementEntry> e = t.entry;
        List<Predicate> where = new ArrayList<>();
        if (t.reach.ownOnly()) {
            where.add(cb.equal(cadreId(e), t.reach.ownCadreId()));
        } else if (!t.everyUnit()) {
            where.addAll(Specs.inSubtrees(cb, t.unit().get("path"), t.reach.path(), t.unitPath));
        }
        equal(cb, where, cadreId(e), f.cadreId());
        equal(cb, where, e.get("periodId"), f.periodId());
        equal(cb, where, e.get("fieldId"), f.fieldId());
        equal(cb, where, e.get("levelId"), f.levelId());
        equal(cb, where, e.get("categoryId"), f.categoryId());
        equal(cb, where, e.get("status"), f.status());
        if (f.text() != null && !f.text().isBlank()) {
            String like = Specs.contains(f.text());
            // The cadre's name too: a reviewer looks for one cadre's entry by name (issue 22 item 9).
            where.add(cb.or(cb.like(e.get("whatDone"), like, '\\'), cb.like(e.get("achieved"), like, '\\'),
                    cb.like(e.get("effect"), like, '\\'), cb.like(t.cadre().get("name"), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The entry's cadre id from its own column: no join for it. */
    private static Path<Long> cadreId(Root<AchievementEntry> e) {
        return e.get("cadre").get("id");
    }

    /**
     * The entry and, only when a column or a condition needs them, its cadre and unit. When the reach is every
     * unit (the sole root's subtree) and no unit is chosen, nothing is filtered by unit: a count then reads the
     * entries alone, and the cadre and unit of a page are joined outer, which every entry has anyway (both keys
     * are NOT NULL), so the database must read the entries first, in the order of the grid's index. Joined inner,
     * MariaDB may start at the units and sort every submitted entry instead: the review queue took 5 s at
     * 2,000,000 entries with V45's (status, cadre_id) index (docs/performance.md).
     */
    private static final class Tables {

        private final Root<AchievementEntry> entry;
        private final DataScope.Reach reach;
        private final String unitPath;
        private Join<AchievementEntry, ReadOnlyCadre> cadre;
        private Join<ReadOnlyCadre, UnitView> unit;

        Tables(Root<AchievementEntry> entry, DataScope.Reach reach, String unitPath) {
            this.entry = entry;
            this.reach = reach;
            this.unitPath = unitPath;
        }

        boolean everyUnit() {
            return reach.whole() && unitPath == null;
        }

        private JoinType joinType() {
            return everyUnit() ? JoinType.LEFT : JoinType.INNER;
        }

        Join<AchievementEntry, ReadOnlyCadre> cadre() {
            if (cadre == null) {
                cadre = entry.join("cadre", joinType());
            }
            return cadre;
        }

        Join<ReadOnlyCadre, UnitView> unit() {
            if (unit == null) {
                unit = cadre().join("unit", joinType());
            }
            return unit;
        }
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, Path<?> path, Object value) {
        if (value != null) {
            where.add(cb.equal(path, value));
        }
    }

    private static List<Order> order(CriteriaBuilder cb, Root<AchievementEntry> e, Sort sort, boolean oldestFirst) {
        Map<String, Expression<?>> columns = Map.of("submittedAt", e.get("submittedAt"), "status", e.get("status"),
                "periodId", e.get("periodId"), "late", e.get("late"));
        List<Order> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            if (SORTABLE.contains(o.getProperty())) {
                Expression<?> column = columns.get(o.getProperty());
                orders.add(o.isAscending() ? cb.asc(column) : cb.desc(column));
            }
        }
        if (oldestFirst) {
            orders.add(cb.asc(e.get("submittedAt")));
            orders.add(cb.asc(e.get("id")));
        } else {
            // Newest first by default; the id also keeps pages stable under any other sort.
            orders.add(cb.desc(e.get("id")));
        }
        return orders;
    }

    private static EntryRow row(Tuple t, ArchiveNames.Names names) {
        Scores scores = new Scores(t.get(14, Integer.class), t.get(15, Integer.class), t.get(16, Integer.class),
                t.get(17, Integer.class));
        return new EntryRow(t.get(0, Long.class), t.get(1, Long.class), t.get(2, String.class), t.get(3, String.class),
                names.period(t.get(4, Long.class)), names.term(t.get(5, Long.class)), names.term(t.get(6, Long.class)),
                names.term(t.get(7, Long.class)), t.get(8, WorkRole.class), t.get(9, String.class),
                t.get(10, EntryStatus.class), t.get(11, Boolean.class), t.get(12, String.class),
                t.get(13, LocalDateTime.class), scores.total());
    }
}
