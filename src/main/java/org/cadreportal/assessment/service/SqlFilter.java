package org.cadreportal.assessment.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * What the 考核办's paged lists read in SQL share, kept once: a filter's conditions with their arguments in
 * order, the rows of one page (the limit and offset bound after the filter's arguments) and the count of all
 * the rows the same filter lets through.
 */
final class SqlFilter {

    private final StringBuilder sql;
    private final List<Object> args = new ArrayList<>();

    /** A filter starting with {@code sql} (possibly empty) and its arguments. */
    SqlFilter(String sql, Object... args) {
        this.sql = new StringBuilder(sql);
        this.args.addAll(Arrays.asList(args));
    }

    /** Appends a condition, {@code " and …"}, with its arguments. */
    SqlFilter and(String condition, Object... args) {
        sql.append(condition);
        this.args.addAll(Arrays.asList(args));
        return this;
    }

    /** The rows of {@code head + filter + tail} on the requested page. */
    <T> List<T> page(JdbcTemplate jdbc, String head, String tail, Pageable pageable, RowMapper<T> row) {
        List<Object> all = new ArrayList<>(args);
        all.add(pageable.getPageSize());
        all.add(pageable.getOffset());
        return jdbc.query(head + sql + tail + " limit ? offset ?", row, all.toArray());
    }

    /** The count of {@code head + filter}, {@code head} starting with {@code select count(*)}. */
    long count(JdbcTemplate jdbc, String head) {
        Long n = jdbc.queryForObject(head + sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }
}
