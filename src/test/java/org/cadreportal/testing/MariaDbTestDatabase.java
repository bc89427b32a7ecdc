package org.cadreportal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One fresh database per test JVM on the real MariaDB server, dropped when the JVM ends, so runs
 * never see each other's data.
 */
public final class MariaDbTestDatabase {

    private static final String NAME = "cadreportal_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    private static volatile boolean created;

    private MariaDbTestDatabase() {
    }

    public static synchronized String url() {
        if (!created) {
            execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            created = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + NAME)));
        }
        return serverUrl() + NAME;
    }

    public static String name() {
        return NAME;
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + Environment.MARIADB_HOST + ":" + Environment.MARIADB_PORT + "/";
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql, e);
        }
    }
}
