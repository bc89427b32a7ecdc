package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every migration runs on an empty MariaDB database and the entities validate against the result. */
class MigrationIT extends LiveTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationRanSuccessfullyOnMariaDb() throws IOException {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version is not null", Integer.class);
        assertThat(applied).isEqualTo(files).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(MariaDbTestDatabase.name());
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
    }

    @Test
    void tablesAreUtf8mb4SoChineseNamesRoundTrip() {
        String[] names = jdbc.queryForList("select name from cadres order by id limit 20", String.class)
                .toArray(String[]::new);
        assertThat(names).isNotEmpty();
        assertThat(Arrays.stream(names).allMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN))).isTrue();
    }
}
