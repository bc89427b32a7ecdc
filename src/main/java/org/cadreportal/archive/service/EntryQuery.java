package org.cadreportal.archive.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
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
class EntryQuery {

    /**
     * Grid sort keys and the columns they sort; anything else is ignored. Not the cadre's or unit's name:
     * no index serves those across the join, and at 2,000,000 entries one such page takes 11 s
     * (docs/performance.md); the filters narrow by cadre and unit instead.
     */
    private static final List<String> SORTABLE = List.of("submittedAt", "status", "periodId", "late");

    private final EntityManager em;

    EntryQuery(EntityManager em) {
        this.em = em;
    }

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
        Root<AchievementEntry> e = q.from(AchievementEntry.class);
        Join<AchievementEntry, ReadOnlyCadre> c = e.join("cadre");
        Join<ReadOnlyCadre, UnitView> u = c.join("unit");
        q.multiselect(e.get("id"), c.get("id"), c.get("name"), u.get("name"), e.get("periodId"), e.get("fieldId"),
                e.get("levelId"), e.get("categoryId"), e.get("role"), e.get("whatDone"), e.get("status"),
                e.get("late"), e.get("proxyName"), e.get("submittedAt"), e.get("scoreCompletion"),
                e.get("scoreTruth"), e.get("scoreDifficulty"), e.get("scoreContribution"));
        Predicate[] where = where(cb, e, c, u, filter, reach, unitPath);
        if (belowId != null) {
            where = Stream.concat(Arrays.stream(where), Stream.of(cb.lessThan(e.get("id"), belowId)))
                    .toArray(Predicate[]::new);
        }
        q.where(where);
        q.orderBy(order(cb, e, pageable.getSort(), oldestFirst));
        return cacheable(em.createQuery(q)).setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize()).getResultList().stream().map(t -> row(t, names)).toList();
    }

    long count(EntryFilter filter, DataScope.Reach reach, String unitPath) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AchievementEntry> e = q.from(AchievementEntry.class);
        Join<AchievementEntry, ReadOnlyCadre> c = e.join("cadre");
        Join<ReadOnlyCadre, UnitView> u = c.join("unit");
        q.select(cb.count(e));
        q.where(where(cb, e, c, u, filter, reach, unitPath));
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
        Join<AchievementEntry, ReadOnlyCadre> c = e.join("cadre");
        Join<ReadOnlyCadre, UnitView> u = c.join("unit");
        matching.multiselect(e.get("id").alias("id"));
        Predicate[] where = where(cb, e, c, u, filter, reach, unitPath);
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

    /** The id of the {@code n}-th newest matching entry: where a window of the newest {@code n} begins. */
    Optional<Long> nthNewestId(EntryFilter filter, DataScope.Reach reach, String unitPath, int n) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AchievementEntry> e = q.from(AchievementEntry.class);
        Join<AchievementEntry, ReadOnlyCadre> c = e.join("cadre");
        Join<ReadOnlyCadre, UnitView> u = c.join("unit");
        q.select(e.get("id"));
        q.where(where(cb, e, c, u, filter, reach, unitPath));
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

    private static Predicate[] where(CriteriaBuilder cb, Root<AchievementEntry> e, Join<AchievementEntry, ReadOnlyCadre> c,
                                     Join<ReadOnlyCadre, UnitView> u, EntryFilter f, DataScope.Reach reach,
                                     String unitPath) {
        List<Predicate> where = new ArrayList<>();
        if (reach.ownOnly()) {
            where.add(cb.equal(c.get("id"), reach.ownCadreId()));
        } else {
            where.addAll(Specs.inSubtrees(cb, u.get("path"), reach.path(), unitPath));
        }
        equal(cb, where, c.get("id"), f.cadreId());
        equal(cb, where, e.get("periodId"), f.periodId());
        equal(cb, where, e.get("fieldId"), f.fieldId());
        equal(cb, where, e.get("levelId"), f.levelId());
        equal(cb, where, e.get("categoryId"), f.categoryId());
        equal(cb, where, e.get("status"), f.status());
        if (f.text() != null && !f.text().isBlank()) {
            String like = Specs.contains(f.text());
            // The cadre's name too: a reviewer looks for one cadre's entry by name (issue 22 item 9).
            where.add(cb.or(cb.like(e.get("whatDone"), like, '\\'), cb.like(e.get("achieved"), like, '\\'),
                    cb.like(e.get("effect"), like, '\\'), cb.like(c.get("name"), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
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
