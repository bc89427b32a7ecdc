package org.cadreportal.base.domain;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns a grid's page request into a safe one for the database. */
public final class Paging {

    private Paging() {
    }

    /**
     * Keeps only sorts on the given properties, adds the id as a stable tie-breaker (so paging never
     * shows a row twice or skips one) and caps the page size.
     */
    public static Pageable safe(Pageable pageable, Set<String> sortable) {
        Sort sort = Sort.by(pageable.getSort().stream().filter(o -> sortable.contains(o.getProperty())).toList());
        sort = sort.and(Sort.by("id"));
        int size = Math.min(Math.max(pageable.getPageSize(), 1), 500);
        return PageRequest.of(pageable.getPageNumber(), size, sort);
    }
}
