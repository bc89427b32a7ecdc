package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clerk opens 后备干部库, finds the cadres identified at the front line, and opens a 上 case from one
 * entry in one click (after confirming); the case page names the recommendation. The committee's 2025
 * dashboard reads 一线提拔使用 from the decided cases; a cadre inside an impact period shows it in his header.
 */
class ReservePoolE2E extends BrowserTest {

    /** Where the session's notes keep screenshots to look at; also under target/screenshots. */
    private static final Path NOTES = Path.of("/work/notes/shots");

    @Autowired
    JdbcTemplate jdbc;

    private static void shot(Page page, String name) {
        Browser.screenshot(page, name);
        if (Files.isDirectory(NOTES)) {
            page.screenshot(new Page.ScreenshotOptions().setPath(NOTES.resolve(name + ".png")));
        }
    }

    @Test
    void theClerkOpensAMoveUpCaseFromThePoolInOneClick() {
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "reserve-pool");
        Locator grid = page.locator("#pool-grid");
        assertThat(grid).containsText("提拔");
        assertThat(page.locator("#pool-total")).hasText(Pattern.compile("共 \\d+ 人"));
        page.setViewportSize(1440, 900);
        shot(page, "pool");

        Locator open = page.locator("vaadin-button[id^='pool-open-']").first();
        open.click();
        assertThat(page.locator("#pool-open-confirm")).isVisible();
        shot(page, "pool-confirm");
        page.locator("#pool-open-confirm").click();
        page.waitForURL(Pattern.compile(".*/adjustment/\\d+"));
        assertThat(page.locator("#case-reference")).containsText("一线识别");
        assertThat(page.locator("#case-facts")).containsText("一线识别");
        shot(page, "pool-case");
    }

    @Test
    void theDashboardReadsFrontlinePromotionsFromDecidedCases() {
        long promoted = jdbc.queryForObject("select count(*) from adjustment_cases where direction = 'UP'"
                + " and source = 'FRONTLINE' and decision = 'PASSED' and status <> 'TERMINATED'"
                + " and meeting_date between ? and ?", Long.class, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        Page page = browser.login(baseUrl(), DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "dashboard");
        page.locator("#dashboard-year").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025年").setExact(true)).click();
        assertThat(page.locator("[data-figure='inspection.promoted']")).hasText(String.valueOf(promoted));
        page.setViewportSize(1440, 900);
        shot(page, "pool-dashboard-2025");
        page.locator("#tile-inspection-promoted").click();
        assertThat(page.locator("#figure-total")).hasText("共 " + promoted + " 条");
        assertThat(page.locator("#figure-grid")).containsText("上〔");
        shot(page, "pool-dashboard-drilldown");
    }

    @Test
    void aCadreInsideAnImpactPeriodShowsWhenItEnds() {
        Long cadre = jdbc.query("select cadre_id from adjustment_cases where direction = 'DOWN' and impact_until >= ?"
                + " order by id", rs -> rs.next() ? rs.getLong(1) : null, LocalDate.now());
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "cadre/" + cadre);
        assertThat(page.locator("#cadre-impact")).containsText("影响期至");
        page.setViewportSize(1440, 900);
        shot(page, "pool-cadre-impact");
    }
}
