package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Environment;
import org.cadreportal.testing.HttpVisitor;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in, sessions and response headers over real HTTP against the running portal: what a browser (or an
 * attacker's page) actually gets, not what the configuration says.
 */
@ExtendWith(OutputCaptureExtension.class)
class SessionSecurityIT extends LiveTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoggingSystem logging;

    /** A throw-away clerk, so locking or logging in never disturbs the demo accounts other tests use. */
    private String newUser(String prefix, String password) {
        String username = prefix + System.nanoTime() % 1_000_000;
        new AsUser(userDetails).call(DemoAccounts.ADMIN, () -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setDisplayName("会话测试");
            form.setRoles(EnumSet.of(Role.CLERK));
            form.setScopeUnitId(jdbc.queryForObject("select id from units where code = ?", Long.class,
                    DemoAccounts.COUNTY_CODE));
            return userAdmin.create(form, password);
        });
        return username;
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStaysAnonymous() throws Exception {
        HttpVisitor b = new HttpVisitor(baseUrl());
        HttpResponse<String> anonymous = b.get("");
        assertThat(anonymous.statusCode()).as("a protected page sends an anonymous visitor to the login")
                .isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String before = b.sessionId();
        assertThat(before).as("the visit before login has a session (it remembers the page asked for)").isNotNull();

        HttpResponse<String> login = b.login(DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = b.sessionId();

        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(b.get("").statusCode()).as("the new session is signed in").isEqualTo(200);
        assertThat(withCookie(before, "").statusCode()).as("a planted pre-login id gains nothing").isEqualTo(302);
    }

    @Test
    void loggingOutEndsTheSessionAndOnlyWithTheCsrfToken() throws Exception {
        HttpVisitor b = new HttpVisitor(baseUrl());
        b.login(DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        String session = b.sessionId();
        HttpResponse<String> page = b.get("");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = META_CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the page carries Spring's CSRF token").isTrue();

        // A foreign page can make the browser POST /logout with its cookie, but cannot read the token.
        HttpResponse<String> forged = b.post("logout", Map.of(), Map.of("Origin", "https://evil.example"));
        assertThat(forged.statusCode()).as("a state-changing POST without the token is refused").isEqualTo(403);
        assertThat(withCookie(session, "").statusCode()).as("and the session is untouched").isEqualTo(200);

        HttpResponse<String> logout = b.post("logout", Map.of("_csrf", csrf.group(1)), Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        HttpResponse<String> old = withCookie(session, "");
        assertThat(old.statusCode()).as("the old session cookie no longer signs anyone in").isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** The portal's own logout is the header button (Vaadin's AuthenticationContext.logout), not a form. */
    @Test
    void theLogoutButtonEndsTheSessionOnTheServer() throws Exception {
        requireChromium();
        Page page = org.cadreportal.testing.Browser.shared().login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        try {
            PlaywrightAssertions.assertThat(page.locator("#current-user")).isVisible();
            String session = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                    .findFirst().orElseThrow().value;
            assertThat(withCookie(session, "").statusCode()).isEqualTo(200);

            page.locator("#logout").click();
            PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).isVisible();
            HttpResponse<String> old = withCookie(session, "");
            assertThat(old.statusCode()).as("the session the browser had is gone, not just the page").isEqualTo(302);
            assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        } finally {
            page.context().close();
        }
    }

    private static void requireChromium() {
        if (Environment.chromiumPresent()) {
            return;
        }
        String reason = "Chromium not found at " + Environment.CHROMIUM;
        if (Environment.isCi()) {
            throw new IllegalStateException(reason + " — required when CI=true");
        }
        System.out.println("SKIPPED SessionSecurityIT.theLogoutButtonEndsTheSessionOnTheServer: " + reason);
        Assumptions.abort(reason);
    }

    /**
     * Vaadin's own server round trips (UIDL) are exempt from Spring's CSRF filter because Vaadin checks a
     * per-session security key in every request body instead: a forged button click from another site would
     * have to know it. A request with a wrong key is not processed at all.
     */
    @Test
    void aVaadinRoundTripWithoutTheSessionsSecurityKeyIsNotProcessed() throws Exception {
        HttpVisitor b = new HttpVisitor(baseUrl());
        b.login(DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        String init = b.get("?v-r=init&location=").body();
        Matcher key = SECURITY_KEY.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        assertThat(key.find()).as(init.substring(0, Math.min(400, init.length()))).isTrue();
        assertThat(ui.find()).isTrue();
        String uidl = "?v-r=uidl&v-uiId=" + ui.group(1);

        HttpResponse<String> forged = b.postJson(uidl,
                "{\"csrfToken\":\"" + java.util.UUID.randomUUID() + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(forged.body()).as("Vaadin answers with an error and no server round trip (syncId -1)")
                .contains("\"appError\"").contains("\"syncId\":-1");

        HttpResponse<String> genuine = b.postJson(uidl,
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).as("the same request with the key is handled (and the forged one was not)")
                .contains("\"syncId\":1");
    }

    @Test
    void everyPageSaysNoFramingNoSniffingSameOriginReferrerAndNoHstsOverPlainHttp() throws Exception {
        HttpVisitor clerk = signedIn();
        HttpVisitor visitor = new HttpVisitor(baseUrl());
        // Pages Vaadin serves (login page, a view, its JSON round trips, the stylesheet) and a redirect Spring sends.
        HttpResponse<String> css = visitor.get("styles/portal.css");
        assertThat(css.headers().firstValue("Content-Type").orElseThrow())
                .as("nosniff makes browsers drop a stylesheet not served as CSS").startsWith("text/css");
        for (HttpResponse<String> r : java.util.List.of(visitor.get("login"), clerk.get(""),
                clerk.get("?v-r=init&location="), css, visitor.get("cadres"))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isIn(200, 302);
            assertThat(r.headers().firstValue("X-Frame-Options")).as(r.uri().toString()).hasValue("SAMEORIGIN");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(r.uri().toString()).hasValue("same-origin");
            assertThat(r.headers().firstValue("Strict-Transport-Security"))
                    .as("never over plain HTTP, and the it profile leaves HSTS off").isEmpty();
        }
        String cookie = new HttpVisitor(baseUrl()).get("").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).as("scripts cannot read the session cookie").containsIgnoringCase("HttpOnly");
    }

    @Test
    void fiveWrongPasswordsOverHttpMakeThatAddressWaitEvenWithTheRightOne() throws Exception {
        String username = newUser("lockhttp", DemoAccounts.PASSWORD);
        HttpVisitor b = new HttpVisitor(baseUrl());
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = b.login(username, "Wrong" + i + "password");
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> right = b.login(username, DemoAccounts.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(b.get("").statusCode()).as("still not signed in").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ? and blocked_until"
                + " is not null", Integer.class, username.toLowerCase())).isEqualTo(1);
    }

    @Test
    void noPasswordReachesTheLogEvenWithSecurityTracing(CapturedOutput output) throws Exception {
        String[] loggers = {"org.springframework.security", "org.springframework.web", "org.cadreportal"};
        String good = "Gd" + System.nanoTime() + "pw";
        String bad = "Bd" + System.nanoTime() + "pw";
        int start = output.length();
        for (String logger : loggers) {
            logging.setLogLevel(logger, LogLevel.TRACE);
        }
        String username;
        try {
            username = newUser("logcheck", good);
            HttpVisitor b = new HttpVisitor(baseUrl());
            assertThat(b.login(username, bad).headers().firstValue("Location").orElseThrow()).endsWith("?error");
            assertThat(b.login(username, good).headers().firstValue("Location").orElseThrow())
                    .doesNotContain("error");
            assertThat(b.get("").statusCode()).isEqualTo(200);
        } finally {
            for (String logger : loggers) {
                logging.setLogLevel(logger, null);
            }
        }
        String window = output.toString().substring(start);
        assertThat(window).as("the tracing was on: the log shows the sign-ins").contains(username)
                .contains("[PROTECTED]");
        assertThat(window).doesNotContain(good).doesNotContain(bad);
    }

    private HttpVisitor signedIn() throws IOException, InterruptedException {
        HttpVisitor b = new HttpVisitor(baseUrl());
        b.login(DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        return b;
    }

    private HttpResponse<String> withCookie(String sessionId, String path) throws IOException, InterruptedException {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return plain.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", "JSESSIONID="
                + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
