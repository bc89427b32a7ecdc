package org.cadreportal.cadre;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cadreportal.audit.RecordAccess;

/**
 * The one query a {@link PortraitSource} reads its section with, kept once with the rule every source keeps: the
 * rows of a JPQL text about the cadre ({@code :cadre}), read only when the signed-in user may open records of the
 * source's type, and none at all otherwise.
 */
public final class PortraitQuery {

    private PortraitQuery() {
    }

    public static Optional<List<Object[]>> rows(EntityManager em, String recordType, long cadreId, String jpql) {
        return rows(em, recordType, cadreId, jpql, query -> query);
    }

    /** As {@link #rows(EntityManager, String, long, String)}, with the query's other parameters bound by {@code bind}. */
    public static Optional<List<Object[]>> rows(EntityManager em, String recordType, long cadreId, String jpql,
                                                UnaryOperator<TypedQuery<Object[]>> bind) {
        if (!RecordAccess.mayOpen(recordType)) {
            return Optional.empty();
        }
        return Optional.of(bind.apply(em.createQuery(jpql, Object[].class).setParameter("cadre", cadreId))
                .getResultList());
    }
}
