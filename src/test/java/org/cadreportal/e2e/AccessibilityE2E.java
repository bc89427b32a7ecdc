package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 14 (GB/T 37668, WCAG 2.1 A and AA): every menu page of every demo role, audited in Chromium by
 * axe-core (MPL-2.0, src/test/resources/axe, injected into the page). A critical or serious violation fails the
 * test, named by role, page, rule and element.
 */
class AccessibilityE2E extends BrowserTest {

    /** One account per role; the other four committee members see what {@link DemoAccounts#COMMITTEE} sees. */
    private static final List<String> ACCOUNTS = List.of(DemoAccounts.ADMIN, DemoAccounts.CLERK,
            DemoAccounts.COUNTY_CLERK, DemoAccounts.COMMITTEE, DemoAccounts.DISCIPLINE, DemoAccounts.SUPERVISION,
            DemoAccounts.ASSESSMENT, DemoAccounts.CADRE);

    private static final String AUDIT = """
            async () => {
              const r = await axe.run(document, {runOnly: {type: 'tag',
                  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']});
              return r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                  .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3)
                      .map(n => JSON.stringify(n.target)).join(', '));
            }""";

    @Test
    void noMenuPageOfAnyRoleHasACriticalOrSeriousViolation() throws IOException {
        String axe = axeSource();
        List<String> found = new ArrayList<>();
        int audited = 0;
        for (String account : ACCOUNTS) {
            Page page = browser.login(baseUrl(), account, DemoAccounts.PASSWORD);
            assertThat(page.locator("#current-user")).isAttached();
            Set<String> routes = new LinkedHashSet<>();
            routes.add("");
            for (Object path : (List<?>) page.evaluate(
                    "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))")) {
                if (path != null) {
                    routes.add(path.toString().replaceFirst("^/", ""));
                }
            }
            for (String route : routes) {
                page.navigate(baseUrl() + route);
                page.waitForLoadState();
                assertThat(page.locator("#current-user")).isAttached();
                page.waitForTimeout(300); // lazy grids and cards fill in after the first render
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                for (Object v : (List<?>) page.evaluate(AUDIT)) {
                    found.add(account + " /" + route + " " + v);
                }
                audited++;
            }
            page.context().close();
        }
        assertThat(audited).as("pages audited").isGreaterThan(ACCOUNTS.size() * 3);
        assertThat(found).as("critical or serious accessibility violations").isEmpty();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = AccessibilityE2E.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
