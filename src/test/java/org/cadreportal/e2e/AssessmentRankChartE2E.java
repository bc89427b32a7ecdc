package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A committee member reads the 2025 rank chart of 县市区 on the 数据看板 (its stylesheet loaded: the bars have a
 * length), one bar per county in rank order; a bar opens the county's result sheet, which prints as a PDF.
 */
class AssessmentRankChartE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRankChartOpensAUnitsSheetWhichPrints() throws Exception {
        long group = jdbc.queryForObject("select g.id from assessment_groups g join assessment_plans p on p.id = g.plan_id"
                + " where p.plan_year = 2025 order by g.sort_order, g.id limit 1", Long.class);
        List<Long> expected = jdbc.queryForList("select r.unit_id from assessment_results r join units u"
                + " on u.id = r.unit_id where r.group_id = ? order by r.rank_in_group, u.code", Long.class, group);
        Page page = browser.login(baseUrl(), DemoAccounts.COMMITTEE, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "dashboard");
        page.locator("#dashboard-year").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("2025年").setExact(true)).click();
        Locator bars = page.locator("#assessment-rank-chart .assessment-rank-bar");
        assertThat(bars).hasCount(expected.size());
        assertThat(bars.evaluateAll("els => els.map(e => e.id)")).isEqualTo(expected.stream()
                .map(id -> "assessment-rank-bar-" + id).toList());
        // The stylesheet is loaded: the track is a visible line and the leader's bar fills most of it.
        double track = ((Number) bars.first().locator(".assessment-rank-track")
                .evaluate("e => e.getBoundingClientRect().width")).doubleValue();
        double fill = ((Number) bars.first().locator(".assessment-rank-fill")
                .evaluate("e => e.getBoundingClientRect().height * e.getBoundingClientRect().width")).doubleValue();
        assertThat(track).isGreaterThan(50);
        assertThat(fill).isGreaterThan(0);
        Locator panel = page.locator("#assessment-panel");
        panel.scrollIntoViewIfNeeded();
        Files.createDirectories(Path.of("/work/notes/shots"));
        panel.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/work/notes/shots/assessment-rank-chart.png")));
        Browser.screenshot(page, "56-dashboard-2025-rank-chart");

        bars.first().click();
        page.waitForURL("**/unit/" + expected.get(0));
        assertThat(page.locator("#assessment-sheet-summary")).containsText("第 1 名");
        Download pdf = page.waitForDownload(() -> page.locator("#assessment-sheet-pdf").click());
        Path saved = Browser.SCREENSHOTS.resolve("57-assessment-sheet.pdf");
        pdf.saveAs(saved);
        byte[] bytes = Files.readAllBytes(saved);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
