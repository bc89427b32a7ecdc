package org.cadreportal.base.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/** Helpers the features' JPA specifications share. */
public final class Specs {

    private Specs() {
    }

    /** A LIKE pattern matching the text anywhere, with the user's own % and _ taken literally (escape '\'). */
    public static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The data scope and the unit filter on a unit's materialised path: within the user's subtree
     * always, and within the chosen unit's subtree when one is chosen.
     */
    public static List<Predicate> inSubtrees(CriteriaBuilder cb, Path<String> unitPath, String scopePath,
                                             String chosenPath) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.like(unitPath, scopePath + "%"));
        if (chosenPath != null) {
            where.add(cb.like(unitPath, chosenPath + "%"));
        }
        return where;
    }

    /**
     * The page query fetches an association through the join it filters on (one join, no query per
     * row); the count query only joins, since a fetch there is an error.
     */
    @SuppressWarnings("unchecked")
    public static <X, Y> Join<X, Y> fetchOrJoin(Root<X> root, CriteriaQuery<?> query, String attribute) {
        return counting(query) ? root.join(attribute) : (Join<X, Y>) root.<X, Y>fetch(attribute);
    }

    /** Spring Data runs a specification twice for a page: once for the rows, once to count them. */
    public static boolean counting(CriteriaQuery<?> query) {
        return Long.class.equals(query.getResultType()) || long.class.equals(query.getResultType());
    }
}
