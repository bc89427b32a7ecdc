package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** A committee member opens the 数据看板, picks 2025, reads the article's figures and drills into 查处诬告陷害. */
class DashboardE2E extends BrowserTest {

    private static Locator tile(Page page, String key) {
        return page.locator("[data-figure='" + key + "']");
    }

    @Test
    void theCommitteeReadsThe2025FiguresAndDrillsIntoFalseAccusations() {
        Page page = browser.login(baseUrl(), DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "dashboard");
        Locator year = page.locator("#dashboard-year");
        year.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025年").setExact(true)).click();
        assertThat(page.locator("#dashboard-period")).containsText("2025-01-01");
        assertThat(tile(page, "supervision.itemsOnline")).hasText("973");
        assertThat(tile(page, "supervision.itemsClosed")).hasText("475");
        assertThat(tile(page, "supervision.redRate")).hasText("6.7%");
        assertThat(tile(page, "supervision.interviews")).hasText("32");
        assertThat(tile(page, "accusation.falseAccusations")).hasText("62");
        assertThat(tile(page, "accusation.clarified")).hasText("448");
        assertThat(page.locator("#chart-trend svg")).isVisible();
        assertThat(page.locator("#chart-share svg")).isVisible();
        Browser.screenshot(page, "50-dashboard-2025-city");

        page.locator("#tile-accusation-falseAccusations").click();
        assertThat(page.locator("#figure-total")).hasText("共 62 条");
        assertThat(page.locator("#figure-grid")).containsText("查诬〔");
        Browser.screenshot(page, "51-dashboard-drilldown");
    }
}
