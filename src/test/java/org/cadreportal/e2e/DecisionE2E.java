package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 结果运用 in the browser: a committee member who has not voted yet opens the demo's "down" case at 讨论决定 and
 * decides on the whole record — the cadre's portrait beside the case shows an archive entry, a frontline
 * inspection, a red supervision item and the annual grades of that cadre; a link opens the record and "back" returns to the case.
 * The same page on a phone keeps within the screen's width.
 */
class DecisionE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommitteeMemberWeighsThePortraitFollowsALinkAndComesBack() throws Exception {
        // The demo's "down" case at 讨论决定, its vote under way (other tests may bring more cases there).
        long caseId = jdbc.queryForObject("""
                select min(c.id) from adjustment_cases c join procedure_steps s on s.id = c.current_step_id
                where c.direction = 'DOWN' and c.status = 'OPEN' and s.code = 'DECIDE'
                and exists (select 1 from meeting_seats m where m.case_id = c.id and m.vote is not null)""", Long.class);
        String cadre = jdbc.queryForObject("""
                select d.name from adjustment_cases c join cadres d on d.id = c.cadre_id where c.id = ?""",
                String.class, caseId);
        Page member = browser.login(baseUrl(), DemoAccounts.COMMITTEE_3, DemoAccounts.PASSWORD);
        assertThat(member.locator("#current-user")).isVisible();
        member.navigate(baseUrl() + "adjustment/" + caseId);

        Locator portrait = member.locator("#case-portrait");
        portrait.waitFor();
        assertThat(portrait.locator("#portrait-cadre-link")).hasText(cadre);
        assertThat(member.locator("#case-cadre")).hasText(cadre);
        Locator archive = member.locator("#portrait-archive .portal-portrait-row");
        Locator inspection = member.locator("#portrait-inspection .portal-portrait-row");
        Locator red = member.locator("#portrait-supervision .portal-portrait-row")
                .filter(new Locator.FilterOptions().setHasText("红灯"));
        assertThat(archive.first()).isVisible();
        assertThat(inspection.first()).isVisible();
        assertThat(red.first()).isVisible();
        Locator grade = member.locator("#portrait-grades .portal-portrait-line-item");
        assertThat(grade.first()).containsText("年度");
        // The vote is the member's to cast here, beside the portrait.
        assertThat(member.locator("#step-panel")).isVisible();
        Browser.screenshot(member, "50-portrait-decision");
        Path shots = Path.of("/work/notes/shots");
        if (Files.isDirectory(shots)) {
            Files.copy(Browser.SCREENSHOTS.resolve("50-portrait-decision.png"), shots.resolve("portrait.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        // Below the portrait, the member's vote.
        member.locator("#step-panel").scrollIntoViewIfNeeded();
        Browser.screenshot(member, "52-portrait-vote");
        if (Files.isDirectory(shots)) {
            Files.copy(Browser.SCREENSHOTS.resolve("52-portrait-vote.png"), shots.resolve("portrait-vote.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }

        // Follow the red item into 大督办 and come back to the case.
        String href = red.first().getAttribute("href");
        assertThat(href).startsWith("supervision/item/");
        String itemNo = red.first().locator(".portal-portrait-row-title").textContent().split(" ")[0];
        red.first().click();
        member.waitForURL("**/" + href);
        member.locator("vaadin-app-layout").waitFor();
        assertThat(member.locator("vaadin-app-layout")).containsText(itemNo);
        member.goBack();
        member.waitForURL("**/adjustment/" + caseId);
        member.locator("#case-portrait #portrait-supervision").waitFor();

        // The cadre's name leads to the cadre page (the full timeline is a tab there).
        member.locator("#case-cadre").click();
        member.waitForURL("**/cadre/*");
        member.locator("#cadre-tabs").waitFor();
        member.goBack();
        member.waitForURL("**/adjustment/" + caseId);
        member.locator("#case-portrait").waitFor();

        // A phone: the page keeps within the screen's width and the portrait stays readable.
        member.setViewportSize(390, 844);
        member.reload();
        try {
            member.locator("#case-portrait").waitFor();
        } catch (RuntimeException e) {
            Browser.screenshot(member, "51-portrait-phone-failed");
            System.out.println("PAGE URL " + member.url() + "\n" + member.content().substring(0, Math.min(3000, member.content().length())));
            throw e;
        }
        assertThat(member.locator("#case-portrait")).isVisible();
        Object overflow = member.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(member, "51-portrait-phone");
        if (Files.isDirectory(shots)) {
            Files.copy(Browser.SCREENSHOTS.resolve("51-portrait-phone.png"), shots.resolve("portrait-phone.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
