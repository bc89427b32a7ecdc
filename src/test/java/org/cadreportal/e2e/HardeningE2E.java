package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Findings 8 and 13 of the outside security test in a real browser: every route of the tour runs under the
 * Content-Security-Policy without one violation, and a user whose password an administrator set can do
 * nothing until he has chosen his own.
 */
class HardeningE2E extends BrowserTest {

    /** Records every violation the page reports, from the first script on. */
    private static final String WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void everyRouteOfTheTourRunsUnderTheContentSecurityPolicyWithoutAViolation() {
        List<String> details = List.of(
                "cadre/" + id("select min(id) from cadres"),
                "adjustment/" + id("select min(id) from adjustment_cases"),
                "accusation/" + id("select min(id) from accusation_cases"),
                "tolerance/" + id("select min(id) from tolerance_applications"),
                "supervision/item/" + id("select min(id) from supervision_items"),
                "archive/entry/" + id("select min(id) from achievement_entries"),
                "inspection/" + id("select min(id) from frontline_inspections"));
        List<String> visited = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (String user : List.of(DemoAccounts.ADMIN, DemoAccounts.CLERK, DemoAccounts.CADRE)) {
            Page page = browser.login(baseUrl(), user, DemoAccounts.PASSWORD);
            page.addInitScript(WATCH);
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    violations.add(user + " console: " + m.text());
                }
            });
            assertThat(page.locator("#current-user")).isVisible();
            // Loaded again, so that the watch is in the document the menu clicks stay in.
            page.navigate(baseUrl());
            visit(page, user, "", visited, violations);
            // The menu's routes by clicking it, as a user moves (no page load each time), then the detail pages
            // and 修改密码 by address.
            List<String> menu = new ArrayList<>();
            for (Object path : (List<?>) page.evaluate(
                    "Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(i => i.path)")) {
                if (path != null && !String.valueOf(path).isEmpty()) {
                    menu.add(String.valueOf(path));
                }
            }
            for (String route : menu) {
                page.locator("vaadin-side-nav-item[path='" + route + "']").first().click();
                page.waitForURL(java.util.regex.Pattern.compile(".*/" + java.util.regex.Pattern.quote(route) + "$"));
                visit(page, user, route, visited, violations);
            }
            Set<String> addressed = new LinkedHashSet<>(List.of("account/password"));
            if (!user.equals(DemoAccounts.CADRE)) {
                addressed.addAll(details);
            }
            for (String route : addressed) {
                page.navigate(baseUrl() + route);
                visit(page, user, route, visited, violations);
            }
            if (user.equals(DemoAccounts.CLERK)) {
                page.navigate(baseUrl() + "dashboard");
                Browser.screenshot(page, "hardening-01-dashboard-under-csp");
            }
            page.context().close();
        }
        System.out.println("CSP tour: " + visited.size() + " routes visited, " + violations.size() + " violations");
        assertThat(visited).hasSizeGreaterThan(40);
        assertThat(violations).isEmpty();
    }

    /** Waits for the view, then collects what the page reported against the policy since the last look. */
    private static void visit(Page page, String user, String route, List<String> visited, List<String> violations) {
        assertThat(page.locator("#current-user")).isVisible();
        page.waitForTimeout(200);
        for (Object v : (List<?>) page.evaluate("(() => { const v = window.__csp || []; window.__csp = []; return v; })()")) {
            violations.add(user + " /" + route + ": " + v);
        }
        visited.add(user + " /" + route);
    }

    @Test
    void aPasswordSetByTheAdministratorMustBeReplacedBeforeAnythingElse() {
        String username = "firstlogin" + System.nanoTime() % 100_000;
        new AsUser(userDetails).call(DemoAccounts.ADMIN, () -> {
            UserForm form = new UserForm();
            form.setUsername(username);
            form.setDisplayName("首次登录");
            form.setRoles(EnumSet.of(Role.CLERK));
            form.setScopeUnitId(jdbc.queryForObject("select id from units where code = ?", Long.class,
                    DemoAccounts.COUNTY_CODE));
            return userAdmin.create(form, "given by the administrator");
        });
        Page page = browser.login(baseUrl(), username, "given by the administrator");
        assertThat(page.locator("#password-required")).isVisible();
        page.navigate(baseUrl() + "cadres");
        // No other page until the password is changed.
        assertThat(page.locator("#password-required")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account/password$"));
        Browser.screenshot(page, "hardening-02-password-required");

        page.locator("#password-current input").fill("given by the administrator");
        page.locator("#password-new input").fill("short1");
        page.locator("#password-confirm input").fill("short1");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-new")).hasAttribute("invalid", "");
        page.locator("#password-new input").fill("my own words for this portal");
        page.locator("#password-confirm input").fill("my own words for this portal");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-required")).hasCount(0);
        page.navigate(baseUrl() + "cadres");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cadres$"));
        assertThat(page.locator("#password-required")).hasCount(0);
        page.context().close();
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        org.assertj.core.api.Assertions.assertThat(id).as(sql).isNotNull();
        return id;
    }
}
