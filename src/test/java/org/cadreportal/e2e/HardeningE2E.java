package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
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
 * Finding 13 of the outside security test in a real browser: a user whose password an administrator set can do
 * nothing until he has chosen his own. Finding 8 (every page of the tour runs under the Content-Security-Policy
 * without one violation) is checked on the tour {@link AccessibilityE2E} makes anyway, every menu page of every
 * role set plus 修改密码 and the detail pages, so that the pages are not opened twice.
 */
class HardeningE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetails;

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
}
