package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded database as `./mvnw spring-boot:run` opens it: no port, no well-known password. */
class EmbeddedDatabaseCredentialsTest {

    @TempDir
    Path dir;

    /** The default profile's URL, moved from ./data into the test's own folder. */
    private String embeddedUrl() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        String url = defaults.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/");
        return url.replace("./data/", dir.resolve("data") + "/");
    }

    private String resolvedPassword(String url) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "spring.datasource.url", url, "spring.datasource.username", "sa")));
        new EmbeddedDatabaseCredentials().postProcessEnvironment(env, null);
        return env.getProperty("spring.datasource.password");
    }

    @Test
    void theDefaultDatabaseListensOnNoPort() throws Exception {
        String url = embeddedUrl();
        assertThat(url.toUpperCase()).doesNotContain("AUTO_SERVER");
        String password = resolvedPassword(url);
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            assertThat(c.isValid(1)).isTrue();
            try (var files = Files.list(dir.resolve("data"))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as("an AUTO_SERVER database writes its host, port and key into a .lock.db file")
                        .noneMatch(n -> n.endsWith(".lock.db"));
            }
        }
    }

    @Test
    void aNewDatabaseGetsAGeneratedPasswordKeptPrivatelyAndTheSameOnTheNextStart() throws Exception {
        String url = embeddedUrl();
        String first = resolvedPassword(url);
        assertThat(first).hasSizeGreaterThanOrEqualTo(24);
        try (Connection c = DriverManager.getConnection(url, "sa", first)) {
            assertThat(c.isValid(1)).isTrue();
        }
        Path data = dir.resolve("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db-password"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .as("the empty password no longer opens it").isInstanceOf(SQLException.class);

        assertThat(resolvedPassword(url)).as("a second start reads the same password").isEqualTo(first);
        try (Connection c = DriverManager.getConnection(url, "sa", first)) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void aDatabaseMadeWithTheOldEmptyPasswordIsGivenTheNewOneOnce() throws Exception {
        String url = embeddedUrl();
        Files.createDirectories(dir.resolve("data"));
        try (Connection c = DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
            s.execute("create table kept (id int)");
            s.execute("insert into kept values (7)");
        }
        String password = resolvedPassword(url);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", password); var s = c.createStatement();
             var rs = s.executeQuery("select id from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("the data is still there").isEqualTo(7);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("data/cadreportal.mv.db")))).as("the data file made before is private too").isEqualTo("rw-------");
    }

    @Test
    void aConfiguredPasswordOrAnotherDatabaseIsLeftAlone() throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        MapPropertySource test = new MapPropertySource("test", new java.util.HashMap<>(Map.of(
                "spring.datasource.url", embeddedUrl())));
        env.getPropertySources().addFirst(test);
        new EmbeddedDatabaseCredentials().postProcessEnvironment(env, null);
        // A test moves the URL to MariaDB after the environment is prepared, with a password of its own.
        test.getSource().put("spring.datasource.url", "jdbc:mariadb://localhost:3306/x");
        assertThat(env.getProperty("spring.datasource.password")).isNull();
        test.getSource().put("spring.datasource.password", "");
        assertThat(env.getProperty("spring.datasource.password")).isEmpty();
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
