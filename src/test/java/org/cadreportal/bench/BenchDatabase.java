package org.cadreportal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.cadreportal.testing.Environment;

/**
 * A benchmark's own database on the test MariaDB server: made once and kept between runs (filling it is
 * the slow part), dropped first only when asked.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static void prepare(String name, boolean refill) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", ""); Statement s = c.createStatement()) {
            if (refill) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
            s.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static String url(String name) {
        return serverUrl() + name;
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + Environment.MARIADB_HOST + ":" + Environment.MARIADB_PORT + "/";
    }
}
