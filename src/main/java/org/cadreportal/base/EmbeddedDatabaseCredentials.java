package org.cadreportal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The embedded H2 file database gets a password of its own, generated on first start and kept beside the
 * data (file 0600, folder 0700): with the well-known empty password anyone who could read the folder, or
 * reach a TCP port, could open every account and run Java through {@code CREATE ALIAS}. The database opens
 * in-process only (no {@code AUTO_SERVER}), so it listens on nothing. A database made before this had the
 * empty password; it is given the new one once, on the first start that finds no password file.
 * Applies only to a {@code jdbc:h2:file:} URL with no password configured; MariaDB and tests are untouched.
 */
public class EmbeddedDatabaseCredentials implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_FILE = "db-password";
    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Last in line and asked only when the password is read: tests and profiles set the URL (and a password)
        // after this runs, and a configured password always wins.
        // The environment is kept in a field, not as the source's object: Spring would take an environment there
        // for a set of property sources to look through, this one among them, and never finish.
        environment.getPropertySources().addLast(new PropertySource<>("embeddedDatabaseCredentials", new Object()) {
            private String password;

            @Override
            public Object getProperty(String name) {
                if (!"spring.datasource.password".equals(name)) {
                    return null;
                }
                String url = environment.getProperty("spring.datasource.url", "");
                if (!url.startsWith(PREFIX)) {
                    return null;
                }
                if (url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
                    throw new IllegalStateException("The embedded database must not open a server port (AUTO_SERVER)");
                }
                if (password == null) {
                    password = passwordFor(url, environment.getProperty("spring.datasource.username", "sa"));
                }
                return password;
            }
        });
    }

    /** Reads the database's password, making it (and securing the folder) on first use. */
    static String passwordFor(String url, String user) {
        Path base = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]);
        Path folder = base.toAbsolutePath().getParent();
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
            if (Files.exists(file)) {
                restrict(file, "rw-------");
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            String password = generate();
            boolean existing = Files.exists(Path.of(base + ".mv.db"));
            if (existing) {
                setPassword(url, user, password);
            }
            Path tmp = folder.resolve(PASSWORD_FILE + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            restrict(tmp, "rw-------");
            Files.writeString(tmp, password, StandardCharsets.US_ASCII);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    restrict(f, "rw-------");
                }
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password under " + folder, e);
        }
    }

    private static void setPassword(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            // The password is [A-Za-z0-9_-] only, so quoting it is safe.
            s.execute("ALTER USER \"" + user.replace("\"", "") + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give the embedded database under " + url
                    + " its password (is another portal running on it?)", e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    @Override
    public int getOrder() {
        // After the configuration files are read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
