package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.security.SignedInAs;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The registry's main journeys in a real browser against the running portal. */
class CadreRegistryE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    private Page login(String username, String password) {
        return browser.login(baseUrl(), username, password);
    }

    private Page loginOk(String username) {
        Page page = login(username, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        return page;
    }

    @Test
    void clerkFindsACadreEditsThePostAndSeesItInHistory() {
        String name = jdbc.queryForObject("""
                select c.name from cadres c where c.status = 'ACTIVE'
                and (select count(*) from cadres d where d.name = c.name) = 1 order by c.id desc limit 1 offset 5""", String.class);
        Page page = browser.newPage();
        page.navigate(baseUrl() + "login");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名");
        Browser.screenshot(page, "01-login");
        page.close();

        page = loginOk(DemoAccounts.CLERK);
        page.navigate(baseUrl() + "cadres");
        Locator grid = page.locator("#cadre-grid");
        assertThat(grid).isVisible();
        page.locator("#cadre-search input").fill(name);
        assertThat(page.getByText("共1人")).isVisible();
        Browser.screenshot(page, "02-cadre-grid-search");
        grid.getByText(name).first().click();

        assertThat(page.locator("#field-name input")).hasValue(name);
        String newPost = "E2E 调整后职务";
        page.locator("#field-postTitle input").fill(newPost);
        page.locator("#save-cadre").click();
        assertThat(page.getByText("已保存")).isVisible();
        Browser.screenshot(page, "03-cadre-page");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("变更历史")).click();
        Locator history = page.locator("#history-grid");
        assertThat(history).containsText(newPost);
        assertThat(history).containsText(DemoAccounts.CLERK);
        Browser.screenshot(page, "04-cadre-history");
        page.close();
    }

    @Test
    void countyClerkOpeningAnotherCountysCadreSeesTheMissingRecordPage() {
        long outside = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path not like concat((select path from units where code = ?), '%')""", Long.class,
                DemoAccounts.COUNTY_CODE);
        Page page = loginOk(DemoAccounts.COUNTY_CLERK);
        page.navigate(baseUrl() + "cadre/" + outside);
        assertThat(page.locator("#error-page")).isVisible();
        String outsideText = page.locator("#error-page").innerText();
        Browser.screenshot(page, "05-other-county-cadre");
        page.navigate(baseUrl() + "cadre/987654321");
        assertThat(page.locator("#error-page")).isVisible();
        assertThat(page.locator("#error-page").innerText()).isEqualTo(outsideText);
        assertThat(outsideText).contains("不存在");
        page.close();
    }

    /** Finding 4: the sixth attempt, right password and all, reads like the wrong ones: no 锁定 to learn from. */
    @Test
    void fiveWrongPasswordsMakeThisBrowserWaitAndTheMessageNeverChanges() {
        String username = "lockme_" + System.nanoTime() % 100000;
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("锁定测试");
        form.setRoles(EnumSet.of(Role.CLERK));
        form.setScopeUnitId(jdbc.queryForObject("select id from units where code = ?", Long.class,
                DemoAccounts.COUNTY_CODE));
        SignedInAs.call(UsernamePasswordAuthenticationToken.authenticated("e2e", null,
                AuthorityUtils.createAuthorityList(Role.ADMIN.authority())), () -> userAdmin.create(form,
                DemoAccounts.PASSWORD));
        for (int i = 1; i <= 5; i++) {
            Page page = login(username, "wrong-password-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
            page.close();
        }
        Page page = login(username, DemoAccounts.PASSWORD);
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误，或尝试过于频繁");
        assertThat(page.locator("vaadin-login-form")).not().containsText("锁定");
        assertThat(page.locator("#current-user")).hasCount(0);
        Browser.screenshot(page, "06-locked");
        page.close();
    }
}
