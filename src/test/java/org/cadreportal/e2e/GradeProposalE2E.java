package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The demo's 2025 基本称职 grades show up as proposals in the clerk's 我的待办; opening one (after confirming)
 * starts a 下 case with the tenth situation, 年度考核结果较差.
 */
class GradeProposalE2E extends BrowserTest {

    private static final Path NOTES = Path.of("/work/notes/shots");

    private static void shot(Page page, String name) {
        Browser.screenshot(page, name);
        if (Files.isDirectory(NOTES)) {
            page.screenshot(new Page.ScreenshotOptions().setPath(NOTES.resolve(name + ".png")));
        }
    }

    @Test
    void theClerkOpensADownCaseFromAGradeProposal() {
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.setViewportSize(1440, 900);
        page.navigate(baseUrl() + "my-tasks");
        Locator grid = page.locator("#proposal-grid");
        assertThat(grid).containsText("基本称职");
        assertThat(page.locator("vaadin-button[id^='proposal-dismiss-']").first()).isVisible();
        shot(page, "grade-proposal");

        page.locator("vaadin-button[id^='proposal-open-']").first().click();
        Locator confirm = page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        assertThat(confirm).isVisible();
        shot(page, "grade-proposal-confirm");
        confirm.click();
        page.waitForURL(Pattern.compile(".*/adjustment/\\d+"));
        assertThat(page.locator("body")).containsText("年度考核结果较差");
        shot(page, "grade-proposal-case");
    }
}
