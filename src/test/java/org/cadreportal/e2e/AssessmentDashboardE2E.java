package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** A committee member reads the 2025 政绩考核 section of the 数据看板: 145 indicators, 130 of them from statistics. */
class AssessmentDashboardE2E extends BrowserTest {

    @Test
    void theCommitteeReadsThe2025AssessmentFigures() {
        Page page = browser.login(baseUrl(), DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "dashboard");
        page.locator("#dashboard-year").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025年").setExact(true)).click();
        assertThat(page.locator("#dashboard-period")).containsText("2025-01-01");
        assertThat(page.locator("[data-figure='assessment.indicators']")).hasText("145");
        assertThat(page.locator("[data-figure='assessment.statisticsShare']")).hasText("89.7%");
        Locator section = page.locator(".portal-dashboard-section").filter(new Locator.FilterOptions().setHasText("政绩考核"));
        section.scrollIntoViewIfNeeded();
        section.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/work/notes/shots/assessment-dashboard.png")));
        Browser.screenshot(page, "55-dashboard-2025-assessment");
    }
}
