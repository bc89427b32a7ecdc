package org.cadreportal.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration and browser test: the whole portal on a random port against a fresh
 * MariaDB database with the demo data. One configuration, so all of them share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@org.springframework.context.annotation.Import(MovableClockConfig.class)
@RequiresMariaDb
public abstract class LiveTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbTestDatabase::url);
    }

    protected String baseUrl() {
        return "http://localhost:" + port + "/";
    }
}
