package org.cadreportal.report;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The ORDER BY and LIMIT a {@link FigureSource} appends to its records query: by date (either direction, when
 * the drill-down asks) or else newest first, the id breaking ties so pages never overlap; {@code id} sorts by id.
 */
public final class FigurePaging {

    private FigurePaging() {
    }

    public static String orderAndLimit(Pageable pageable, String dateColumn, String idColumn) {
        StringBuilder sql = new StringBuilder(" order by ");
        Sort.Order byDate = pageable.getSort().getOrderFor("date");
        Sort.Order byId = pageable.getSort().getOrderFor("id");
        if (byDate != null) {
            String dir = byDate.isAscending() ? " asc" : " desc";
            sql.append(dateColumn).append(dir).append(", ").append(idColumn).append(dir);
        } else if (byId != null) {
            sql.append(idColumn).append(byId.isAscending() ? " asc" : " desc");
        } else {
            sql.append(dateColumn).append(" desc, ").append(idColumn).append(" desc");
        }
        if (pageable.isPaged()) {
            sql.append(" limit ").append(Math.min(Math.max(pageable.getPageSize(), 1), 1_000))
                    .append(" offset ").append(pageable.getOffset());
        }
        return sql.toString();
    }

    /** The drill-down's page in the given order, at least one and at most 500 rows: what a Spring Data query pages by. */
    public static Pageable page(Pageable pageable, Sort sort) {
        return PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 500), sort);
    }
}
