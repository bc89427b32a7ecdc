package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On MariaDB, after every migration: what the portal needs of the server on its own connections, and what a
 * Galera cluster needs of the schema (docs/deployment.md).
 */
class DatabaseShapeIT extends LiveTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyConnectionOfThePortalsPoolHasTheJoinLimitSetting() throws Exception {
        // Several connections at once, so that not only the one the pool happens to hand out first is asked.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Connection c = dataSource.getConnection();
                held.add(c);
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select @@session.optimizer_join_limit_pref_ratio")) {
                    r.next();
                    assertThat(r.getInt(1)).as("connection " + (i + 1)).isEqualTo(1);
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(jdbc.queryForObject("select @@global.optimizer_join_limit_pref_ratio", Integer.class))
                .as("the server itself is left at its default (the test server has no option)").isZero();
    }

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = ? and table_type = 'BASE TABLE'", String.class, MariaDbTestDatabase.name());
        assertThat(tables).as("tables after Flyway").hasSizeGreaterThan(20);
        List<String> withoutKey = jdbc.queryForList("select t.table_name from information_schema.tables t"
                + " where t.table_schema = ? and t.table_type = 'BASE TABLE' and not exists (select 1 from"
                + " information_schema.table_constraints c where c.table_schema = t.table_schema"
                + " and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY') order by 1", String.class,
                MariaDbTestDatabase.name());
        List<String> notInnoDb = jdbc.queryForList("select concat(table_name, ' (', engine, ')') from"
                + " information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'"
                + " and engine <> 'InnoDB' order by 1", String.class, MariaDbTestDatabase.name());
        assertThat(withoutKey).as("tables without a primary key (Galera)").isEmpty();
        assertThat(notInnoDb).as("tables not in InnoDB (Galera)").isEmpty();
    }
}
