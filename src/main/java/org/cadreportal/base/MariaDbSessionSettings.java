package org.cadreportal.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The MariaDB session settings the portal's queries are planned for, set by the portal itself on every
 * connection of its pool, so that a department's own MariaDB server needs no special option (issue 21,
 * docs/performance.md). Today one: {@code optimizer_join_limit_pref_ratio=1}, which lets the optimizer read a
 * grid page ({@code ORDER BY … LIMIT}) in index order instead of sorting every row in scope — milliseconds
 * instead of seconds at province scale. Before the pool opens, one plain connection checks that the server
 * knows the setting; an older server stops the start with a message naming the versions needed. H2 (the
 * embedded database and the view tests) is untouched. {@code portal.mariadb.join-limit-pref-ratio} changes the
 * value (0 is MariaDB's default, used by the benchmark's {@code --default-optimizer}).
 */
@Component
@RequiredArgsConstructor
class MariaDbSessionSettings implements BeanPostProcessor {

    static final String VARIABLE = "optimizer_join_limit_pref_ratio";
    static final String MINIMUM = "MariaDB 10.6.20, 10.11.10, 11.4.4 or newer";
    private static final Logger log = LoggerFactory.getLogger(MariaDbSessionSettings.class);

    private final Environment environment;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:mariadb:")) {
            int ratio = environment.getProperty("portal.mariadb.join-limit-pref-ratio", Integer.class, 1);
            String version = requireSetting(pool, VARIABLE);
            String settings = VARIABLE + "=" + ratio;
            // The driver sets them when it opens a connection (one round trip with its own start-up queries);
            // the pool's connection-init-sql stays free for an operator's own statement.
            pool.addDataSourceProperty("sessionVariables", settings);
            log.info("MariaDB {}: the portal's connections set {}", version, settings);
        }
        return bean;
    }

    /** The server's version, once it is known to take the setting; otherwise a start-up error that says what to do. */
    static String requireSetting(HikariDataSource pool, String variable) {
        Properties login = new Properties();
        if (pool.getUsername() != null) {
            login.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            login.setProperty("password", pool.getPassword());
        }
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), login);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version(), @@session." + variable)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            String version = serverVersion(pool, login);
            if (version != null) {
                throw new IllegalStateException("The MariaDB server (" + version + ") has no " + variable
                        + " setting, which the portal sets on its connections so that its list pages stay fast:"
                        + " the portal needs " + MINIMUM + " (docs/deployment.md).");
            }
            // Not reachable now: the pool reports it in its own words when it first connects.
            log.warn("Could not check the MariaDB server's version before start: {}", e.getMessage());
            return "(version not checked)";
        }
    }

    /** The version of a server that answers but does not know the setting; null when it does not answer. */
    private static String serverVersion(HikariDataSource pool, Properties login) {
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), login);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version()")) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            return null;
        }
    }
}
