package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22 item 14 (GB/T 37668, WCAG 2.1 A and AA): every menu page of every demo role, audited in Chromium by
 * axe-core (MPL-2.0, src/test/resources/axe, injected into the page). A critical or serious violation fails the
 * test, named by account, page, rule and element. The menu is made from the account's roles alone, so one demo
 * account per set of roles signs in (committee2 to 5 would see what committee sees, clerk_x01 and pingfen what clerk
 * sees) and every page of its menu is audited. Pages are opened from the menu as a user opens them, without a reload,
 * so axe is injected once per sign-in; two accounts are audited side by side, so one page's audit runs while the
 * other page opens (each page has a renderer process of its own).
 *
 * <p>The same tour is also the Content-Security-Policy acceptance (findings 8 and 13 of the outside security test,
 * formerly a tour of its own in {@link HardeningE2E}): every page it opens, menu pages and, by address, 修改密码 for
 * every account and the detail pages of each kind of record for admin and clerk, runs under the policy without one
 * violation, watched from the first script on ({@code securitypolicyviolation} events and the console).
 */
class AccessibilityE2E extends BrowserTest {

    private static final List<String> ACCOUNTS = List.of(DemoAccounts.ADMIN, DemoAccounts.CLERK,
            DemoAccounts.COUNTY_CLERK, DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2, DemoAccounts.COMMITTEE_3,
            DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5, DemoAccounts.DISCIPLINE, DemoAccounts.SUPERVISION,
            DemoAccounts.ASSESSMENT, DemoAccounts.SCORER, DemoAccounts.CADRE);
    private static final int SIDE_BY_SIDE = 2;

    /** Starts the audit and returns at once; the page keeps the outcome in window.__audit when it is done. */
    private static final String START_AUDIT = """
            () => {
              window.__audit = undefined;
              axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                  resultTypes: ['violations']})
                .then(r => window.__audit = r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3)
                        .map(n => JSON.stringify(n.target)).join(', ')),
                  e => window.__audit = ['the audit failed: ' + e]);
            }""";

    /**
     * Resolves once the Vaadin client has had no request in flight for 150 ms, so that lazy grids and cards, which
     * ask for their data after the first render, have filled in (false if it never settles within 10 s).
     */
    private static final String SETTLED = """
            async () => {
              const idle = () => {
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients)
                    .every(c => typeof c.isActive !== 'function' || !c.isActive());
              };
              for (let quiet = 0, waited = 0; waited < 10000; waited += 50) {
                await new Promise(r => setTimeout(r, 50));
                quiet = idle() ? quiet + 1 : 0;
                if (quiet >= 3) return true;
              }
              return false;
            }""";

    /** The grids meant to show all their rows that show fewer and scroll inside (a page's layout squeezing them). */
    private static final String CUT_GRIDS = """
            () => [...document.querySelectorAll('vaadin-grid[all-rows-visible]')]
                .filter(g => { const t = g.shadowRoot && g.shadowRoot.querySelector('#table');
                               return t && t.scrollHeight > t.clientHeight + 2; })
                .map(g => g.id || '(no id)')""";

    /** Records every violation of the Content-Security-Policy the page reports, from the first script on. */
    private static final String WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    @Autowired
    JdbcTemplate jdbc;

    private String axe;
    private final List<String> found = new ArrayList<>();
    private final List<String> cutGrids = new ArrayList<>();
    private int audited;
    /** Pages checked against the Content-Security-Policy, and what the pages reported against it. */
    private final List<String> cspChecked = new ArrayList<>();
    private final List<String> cspViolations = java.util.Collections.synchronizedList(new ArrayList<>());
    private List<String> details;

    @Test
    void noMenuPageOfAnyRoleHasACriticalOrSeriousViolation() throws IOException {
        axe = axeSource();
        details = List.of(
                "cadre/" + id("select min(id) from cadres"),
                "adjustment/" + id("select min(id) from adjustment_cases"),
                "accusation/" + id("select min(id) from accusation_cases"),
                "tolerance/" + id("select min(id) from tolerance_applications"),
                "supervision/item/" + id("select min(id) from supervision_items"),
                "archive/entry/" + id("select min(id) from achievement_entries"),
                "inspection/" + id("select min(id) from frontline_inspections"));
        long started = System.nanoTime();
        Set<Set<Role>> auditedRoles = new HashSet<>();
        Deque<String> accounts = new ArrayDeque<>();
        for (String account : ACCOUNTS) {
            if (auditedRoles.add(rolesOf(account))) {
                accounts.add(account);
            } // else the menu follows the roles alone: committee2 to 5 see what committee sees
        }
        // Round robin: while one lane's audit runs, the other collects its outcome and opens its next page.
        List<Lane> lanes = new ArrayList<>();
        while (lanes.size() < SIDE_BY_SIDE && !accounts.isEmpty()) {
            lanes.add(signIn(accounts.poll()));
        }
        while (!lanes.isEmpty()) {
            for (ListIterator<Lane> i = lanes.listIterator(); i.hasNext(); ) {
                Lane lane = i.next();
                lane.collect();
                if (!lane.routes.isEmpty()) {
                    lane.startNext();
                } else {
                    lane.finish();
                    lane.page.context().close();
                    i.remove();
                    if (!accounts.isEmpty()) {
                        i.add(signIn(accounts.poll()));
                    }
                }
            }
        }
        System.out.printf("Accessibility: %d pages of %d role sets audited in %d ms%n", audited, auditedRoles.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(auditedRoles.stream().flatMap(Set::stream).distinct())
                .as("the demo accounts audited hold every role").containsExactlyInAnyOrder(Role.values());
        assertThat(audited).as("pages audited").isGreaterThan(Role.values().length * 3);
        assertThat(found).as("critical or serious accessibility violations").isEmpty();
        assertThat(cutGrids).as("grids showing all rows that were cut to fewer and scroll inside").isEmpty();
        System.out.printf("CSP tour: %d pages checked, %d violations%n", cspChecked.size(), cspViolations.size());
        assertThat(cspChecked).as("pages checked against the Content-Security-Policy")
                .hasSizeGreaterThanOrEqualTo(audited)
                .hasSizeGreaterThanOrEqualTo(63) // what HardeningE2E's own tour of admin, clerk and cadre checked
                .contains(DemoAccounts.CLERK + " /" + details.getFirst(), DemoAccounts.ADMIN + " /account/password",
                        DemoAccounts.CADRE + " /account/password");
        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    /**
     * Signs the account in, reads its menu (the home page, where the sign-in lands, and every menu entry) and starts
     * the audit of the first.
     */
    private Lane signIn(String account) {
        Page page = browser.login(baseUrl(), account, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isAttached();
        page.addInitScript(WATCH);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(account + " console: " + m.text());
            }
        });
        // Loaded again, so that the watch is in the document the menu clicks stay in.
        page.navigate(baseUrl());
        assertThat(page.locator("#current-user")).isAttached();
        Map<String, String> routes = new LinkedHashMap<>(); // route -> its menu entry's path, if any
        routes.put("", null);
        for (Object path : (List<?>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))")) {
            if (path != null) {
                routes.put(path.toString().replaceFirst("^/", ""), path.toString());
            }
        }
        Deque<Stop> stops = new ArrayDeque<>();
        routes.forEach((route, path) -> stops.add(new Stop(route, path, true)));
        // By address, after the menu and checked against the Content-Security-Policy only: 修改密码, and for admin
        // and clerk one detail page of each kind of record. In the round robin, so they load while the other
        // lane's audit runs.
        stops.add(new Stop("account/password", null, false));
        if (account.equals(DemoAccounts.ADMIN) || account.equals(DemoAccounts.CLERK)) {
            details.forEach(route -> stops.add(new Stop(route, null, false)));
        }
        Lane lane = new Lane(account, page, stops);
        lane.startNext();
        return lane;
    }

    /** A page of the tour: its route, its menu entry's path (null: opened by address), whether axe audits it. */
    private record Stop(String route, String menuPath, boolean audit) {
    }

    /** One signed-in account's page and the pages it has still to open. */
    private final class Lane {
        final String account;
        final Page page;
        final Deque<Stop> routes;
        String route;
        boolean auditing;

        Lane(String account, Page page, Deque<Stop> routes) {
            this.account = account;
            this.page = page;
            this.routes = routes;
        }

        /** Opens the next page as a user does (the home page is where the sign-in lands), then starts its audit. */
        void startNext() {
            Stop next = routes.poll();
            route = next.route();
            auditing = next.audit();
            String url = baseUrl() + route;
            if (!page.url().equals(url)) {
                if (next.menuPath() == null) {
                    page.navigate(url);
                } else {
                    page.locator("vaadin-side-nav-item[path='" + next.menuPath() + "']").first().click();
                    page.waitForURL(url);
                }
            }
            assertThat(page.locator("#current-user")).isAttached();
            assertThat(page.evaluate(SETTLED)).as(account + " /" + route + " settles").isEqualTo(true);
            for (Object grid : (List<?>) page.evaluate(CUT_GRIDS)) {
                cutGrids.add(account + " /" + route + " #" + grid);
            }
            checkCsp(route);
            if (!auditing) {
                page.evaluate("() => { window.__audit = []; }");
                return;
            }
            if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            }
            page.evaluate(START_AUDIT);
        }

        void collect() {
            page.waitForFunction("() => window.__audit !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            for (Object v : (List<?>) page.evaluate("() => window.__audit")) {
                found.add(account + " /" + route + " " + v);
            }
            if (auditing) {
                audited++;
                readCsp(route + " (during the audit)");
            }
        }

        /** The last look: the clerk's dashboard under the policy, for the record. */
        void finish() {
            if (account.equals(DemoAccounts.CLERK)) {
                page.navigate(baseUrl() + "dashboard");
                assertThat(page.evaluate(SETTLED)).as(account + " /dashboard settles").isEqualTo(true);
                checkCsp("dashboard");
                org.cadreportal.testing.Browser.screenshot(page, "hardening-01-dashboard-under-csp");
            }
        }

        /** Counts the page as checked and collects what it reported against the policy since the last look. */
        private void checkCsp(String route) {
            readCsp(route);
            cspChecked.add(account + " /" + route);
        }

        private void readCsp(String where) {
            Object reported = page.evaluate("() => { const v = window.__csp; window.__csp = []; return v; }");
            if (reported == null) {
                cspViolations.add(account + " /" + where + ": the watch is not in the page");
                return;
            }
            for (Object v : (List<?>) reported) {
                cspViolations.add(account + " /" + where + ": " + v);
            }
        }
    }

    private Set<Role> rolesOf(String username) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        jdbc.queryForList("""
                select r.role from user_roles r join user_accounts u on u.id = r.user_id where u.username = ?""",
                String.class, username).forEach(r -> roles.add(Role.valueOf(r)));
        assertThat(roles).as(username + " holds a role").isNotEmpty();
        return roles;
    }

    private long id(String sql) {
        Long id = jdbc.queryForObject(sql, Long.class);
        assertThat(id).as(sql).isNotNull();
        return id;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityE2E.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
