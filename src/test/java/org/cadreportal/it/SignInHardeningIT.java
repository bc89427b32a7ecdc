package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadreportal.audit.AccessAction;
import org.cadreportal.audit.AccessFilter;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessRow;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.AccountService;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.security.UserRow;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.HttpVisitor;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Findings 4, 8, 9, 10, 12 and 13 of the outside security test, over real HTTP against the running portal:
 * sign-in throttling and its one message, headers, redirects, the cookie, the sign-in audit and passwords.
 */
class SignInHardeningIT extends LiveTest {

    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AccountService accounts;

    @Autowired
    AccessLog accessLog;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    /** A throw-away clerk, so throttling never disturbs the demo accounts other tests sign in with. */
    private UserRow newUser(String prefix, boolean enabled, boolean mustChange) {
        String username = prefix + System.nanoTime() % 1_000_000;
        return as().call(DemoAccounts.ADMIN, () -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setDisplayName("加固测试");
            form.setRoles(EnumSet.of(Role.CLERK));
            form.setEnabled(enabled);
            form.setPasswordChangeRequired(mustChange);
            form.setScopeUnitId(jdbc.queryForObject("select id from units where code = ?", Long.class,
                    DemoAccounts.COUNTY_CODE));
            return userAdmin.create(form, DemoAccounts.PASSWORD);
        });
    }

    // ---- 4. Nobody can keep an account's owner out, and failures all read the same ----

    @Test
    void failuresFromOneAddressMakeOnlyThatAddressWaitTheOwnerElsewhereSignsIn() throws Exception {
        String username = newUser("owner", true, false).username();
        HttpVisitor attacker = new HttpVisitor(baseUrl(), "127.0.0.1");
        for (int i = 0; i < 8; i++) {
            assertThat(HttpVisitor.signedIn(attacker.login(username, "guess-" + i + "-wrong"))).isFalse();
        }
        assertThat(HttpVisitor.signedIn(attacker.login(username, DemoAccounts.PASSWORD)))
                .as("the attacker's address waits, even with the right password").isFalse();

        HttpVisitor owner = new HttpVisitor(baseUrl(), "127.0.0.2");
        assertThat(HttpVisitor.signedIn(owner.login(username, DemoAccounts.PASSWORD)))
                .as("the owner at another address is not kept out").isTrue();
        assertThat(owner.get("").statusCode()).isEqualTo(200);
    }

    @Test
    void aMadeUpNameWaitsExactlyLikeARealOneSoNamesCannotBeTold() throws Exception {
        String real = newUser("realname", true, false).username();
        String madeUp = "nosuch" + System.nanoTime() % 1_000_000;
        for (String name : List.of(real, madeUp)) {
            HttpVisitor b = new HttpVisitor(baseUrl(), "127.0.0.3");
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = b.login(name, "wrong-password-" + i);
                assertThat(r.statusCode()).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
            }
            assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ? and blocked_until"
                    + " is not null", Integer.class, name.toLowerCase())).as(name).isEqualTo(1);
        }
    }

    @Test
    void aDisabledAccountIsNamedOnlyAfterItsRightPassword() throws Exception {
        String username = newUser("disabled", false, false).username();
        HttpVisitor wrong = new HttpVisitor(baseUrl(), "127.0.0.4");
        wrong.login(username, "not-the-password-at-all");
        assertThat(lastError(wrong)).as("a wrong password reads like any other failure")
                .isEqualTo("BadCredentialsException");
        HttpVisitor right = new HttpVisitor(baseUrl(), "127.0.0.4");
        assertThat(HttpVisitor.signedIn(right.login(username, DemoAccounts.PASSWORD))).isFalse();
        assertThat(lastError(right)).isEqualTo("DisabledException");
    }

    @Autowired
    org.springframework.boot.web.server.context.WebServerApplicationContext server;

    /** The failure Spring keeps in the session, from which the login page picks its message (LoginView). */
    private String lastError(HttpVisitor visitor) throws Exception {
        var tomcat = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
        var session = context.getManager().findSession(visitor.sessionId());
        Object error = session.getSession().getAttribute(
                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
        return error == null ? null : error.getClass().getSimpleName();
    }

    // ---- 8, 9, 10. Headers, redirects, cookie ----

    @Test
    void everyResponseCarriesAContentSecurityPolicy() throws Exception {
        HttpVisitor clerk = new HttpVisitor(baseUrl());
        clerk.login(DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        HttpVisitor visitor = new HttpVisitor(baseUrl());
        for (HttpResponse<String> r : List.of(visitor.get("login"), visitor.get(""), clerk.get(""),
                clerk.get("?v-r=init&location="), visitor.get("styles/portal.css"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(r.uri().toString()).contains("frame-ancestors 'self'").contains("object-src 'none'")
                    .contains("base-uri 'self'").contains("script-src 'self'").doesNotContain("*");
        }
    }

    @Test
    void aForgedHostHeaderNeverReachesARedirect() throws Exception {
        String anonymous = raw("GET /cadres HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(anonymous).startsWith("HTTP/1.1 302");
        assertThat(location(anonymous)).as("relative, not http://evil.example/login").isEqualTo("/login");

        Matcher session = Pattern.compile("JSESSIONID=([^;\r\n]+)").matcher(anonymous);
        assertThat(session.find()).isTrue();
        String body = "username=" + DemoAccounts.CLERK + "&password=" + DemoAccounts.PASSWORD;
        String login = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: JSESSIONID=" + session.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(login).startsWith("HTTP/1.1 302");
        assertThat(location(login)).as("the page asked for, on this server").doesNotContain("evil").startsWith("/");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndNeverInAUrl() throws Exception {
        HttpVisitor visitor = new HttpVisitor(baseUrl());
        HttpResponse<String> first = visitor.get("cadres");
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(first.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> login = visitor.get("login");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> byUrl = new HttpVisitor(baseUrl()).get("cadres;jsessionid=" + visitor.sessionId());
        assertThat(byUrl.statusCode()).as("a session id in the URL signs nobody in").isNotEqualTo(200);
    }

    // ---- 12. Sign-ins in the access log ----

    @Test
    void signInsFailuresWaitsSignOutsAndPasswordChangesAreInTheAccessLogWithTheAddress() throws Exception {
        UserRow user = newUser("audited", true, false);
        String username = user.username();
        HttpVisitor b = new HttpVisitor(baseUrl(), "127.0.0.5");
        for (int i = 0; i < 5; i++) {
            b.login(username, "wrong-" + i + "-password");
        }
        HttpVisitor ok = new HttpVisitor(baseUrl(), "127.0.0.6");
        assertThat(HttpVisitor.signedIn(ok.login(username, DemoAccounts.PASSWORD))).isTrue();
        Matcher csrf = META_CSRF.matcher(ok.get("").body());
        assertThat(csrf.find()).isTrue();
        ok.post("logout", Map.of("_csrf", csrf.group(1)), Map.of());
        as().call(username, () -> {
            accounts.changeOwnPassword(DemoAccounts.PASSWORD, "a new sentence to sign in");
            return null;
        });

        assertThat(logged(username, AccessAction.LOGIN_FAIL)).hasSize(5)
                .allSatisfy(r -> assertThat(r.remoteAddr()).isEqualTo("127.0.0.5"));
        assertThat(logged(username, AccessAction.LOCKOUT)).hasSize(1);
        assertThat(logged(username, AccessAction.LOGIN)).singleElement()
                .satisfies(r -> assertThat(r.remoteAddr()).isEqualTo("127.0.0.6"))
                .satisfies(r -> assertThat(r.recordId()).isEqualTo(user.id()));
        assertThat(logged(username, AccessAction.LOGOUT)).singleElement()
                .satisfies(r -> assertThat(r.remoteAddr()).isEqualTo("127.0.0.6"));
        assertThat(logged(username, AccessAction.PASSWORD)).hasSize(1);
    }

    private List<AccessRow> logged(String username, AccessAction action) {
        return as().call(DemoAccounts.ADMIN, () -> accessLog.page(new AccessFilter(username, AccessTypes.ACCOUNT,
                null, action, null, null), PageRequest.of(0, 50)).getContent());
    }

    // ---- 13. Passwords ----

    @Test
    void anAdministratorsPasswordMustBeReplacedAndTheOwnChangeFollowsTheRule() throws Exception {
        UserRow user = newUser("mustchange", true, true);
        assertThat(as().call(user.username(), accounts::passwordChangeRequired)).isTrue();
        assertThatThrownBy(() -> as().call(user.username(), () -> {
            accounts.changeOwnPassword("not my password", "another long sentence");
            return null;
        })).isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("current");
        assertThatThrownBy(() -> as().call(user.username(), () -> {
            accounts.changeOwnPassword(DemoAccounts.PASSWORD, "Password2025!");
            return null;
        })).isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).messageKey())
                .isEqualTo("validation.password.common");
        as().call(user.username(), () -> {
            accounts.changeOwnPassword(DemoAccounts.PASSWORD, "my own long sentence here");
            return null;
        });
        assertThat(as().call(user.username(), accounts::passwordChangeRequired)).isFalse();
        assertThat(HttpVisitor.signedIn(new HttpVisitor(baseUrl()).login(user.username(), "my own long sentence here")))
                .isTrue();

        as().call(DemoAccounts.ADMIN, () -> {
            userAdmin.resetPassword(user.id(), "reset by the administrator");
            return null;
        });
        assertThat(as().call(user.username(), accounts::passwordChangeRequired))
                .as("an administrator's reset must be replaced again").isTrue();
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }

    private static String location(String headers) {
        Matcher m = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(headers);
        assertThat(m.find()).as(headers).isTrue();
        return m.group(1);
    }
}
