package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.cadreportal.testing.Environment;
import org.cadreportal.testing.RequiresMariaDb;
import org.junit.jupiter.api.Test;

/**
 * The start-up check of the MariaDB session setting, against the real server: a server that knows the setting
 * passes and gives its version; one that does not (asked here for a variable no version has) stops the start
 * with a message that names the versions needed. The pool is never opened.
 */
@RequiresMariaDb
class MariaDbSessionSettingsIT {

    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:mariadb://" + Environment.MARIADB_HOST + ":" + Environment.MARIADB_PORT + "/");
        pool.setUsername("root");
        pool.setPassword("");
        return pool;
    }

    @Test
    void aServerThatKnowsTheSettingPasses() {
        try (HikariDataSource pool = pool()) {
            assertThat(MariaDbSessionSettings.requireSetting(pool, MariaDbSessionSettings.VARIABLE))
                    .containsIgnoringCase("mariadb");
        }
    }

    @Test
    void aServerWithoutTheSettingStopsTheStartNamingTheVersionsNeeded() {
        try (HikariDataSource pool = pool()) {
            assertThatThrownBy(() -> MariaDbSessionSettings.requireSetting(pool, "optimizer_setting_of_no_version"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("has no optimizer_setting_of_no_version setting")
                    .hasMessageContaining("MariaDB 10.6.20, 10.11.10, 11.4.4 or newer");
        }
    }
}
