package org.cadreportal.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for rows written with plain JDBC, taken from the entity's own sequence. Hibernate's pooled
 * optimizer treats each value it draws as the top of a block of 50 (value - 49 .. value), so this
 * claims blocks the same way; then ids handed out later by Hibernate can never collide with these.
 */
final class SequenceIds {

    /** The INCREMENT BY of every sequence in the migrations and the entities' allocationSize. */
    private static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final String query;
    private long next = 1;
    private long last;

    SequenceIds(JdbcTemplate jdbc, String sequence) {
        this.jdbc = jdbc;
        // NEXT VALUE FOR is understood by both H2 and MariaDB.
        this.query = "select next value for " + sequence;
    }

    long next() {
        if (next > last) {
            Long top = jdbc.queryForObject(query, Long.class);
            last = top;
            next = top - BLOCK + 1;
        }
        return next++;
    }
}
