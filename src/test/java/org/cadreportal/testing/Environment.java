package org.cadreportal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine offers the integration and browser tests. */
public final class Environment {

    public static final String MARIADB_HOST = System.getenv().getOrDefault("TEST_MARIADB_HOST", "127.0.0.1");
    public static final int MARIADB_PORT = Integer.parseInt(System.getenv().getOrDefault("TEST_MARIADB_PORT", "3306"));
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TEST_CHROMIUM", "/usr/bin/chromium"));

    private Environment() {
    }

    /** In CI a missing service is a failure, on a developer's machine a skip. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static boolean mariaDbReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(MARIADB_HOST, MARIADB_PORT), 1500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean chromiumPresent() {
        return Files.isExecutable(CHROMIUM);
    }
}
