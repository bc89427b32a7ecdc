package org.cadreportal.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * HSTS is wired per profile. The live tests run on plain HTTP (where no HSTS header is ever sent), so the
 * switch and the profile files that set it are checked here.
 */
class StrictTransportSecurityTest {

    private static MockHttpServletResponse respond(boolean enabled, boolean secure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfig.strictTransportSecurity(enabled).writeHeaders(request, response);
        return response;
    }

    @Test
    void switchedOnItTellsBrowsersToUseHttpsForAYearOnHttpsResponsesOnly() {
        assertThat(respond(true, true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(respond(true, false).getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void switchedOffNoResponseCarriesIt() {
        assertThat(respond(false, true).getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void theMariaDbProfileSwitchesItOnAndTheEmbeddedDefaultLeavesItOff() throws IOException {
        assertThat(load("application-mariadb.properties").getProperty("portal.security.hsts"))
                .isEqualTo("${PORTAL_HSTS:true}");
        assertThat(load("application.properties").getProperty("portal.security.hsts")).isEqualTo("false");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StrictTransportSecurityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(in);
        }
        return p;
    }
}
