package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 22 items 10 to 12: the cadre on a phone (390×844). The menu toggle stands apart from his name, the bell
 * is on the screen, the home page does not send him to a left menu; he opens the menu, files an entry with two
 * key figures (both units typed) and sees its status in 我的实绩 as a card, and no page scrolls sideways.
 */
class PhoneE2E extends BrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCadreFilesAnEntryWithTwoFiguresOnAPhoneAndSeesItsStatus() throws Exception {
        String what = "手机填报测试" + System.nanoTime() % 100_000;
        String openPeriod = jdbc.queryForObject("""
                select name_zh from filing_periods where deadline >= ? order by starts_on desc, id desc limit 1""",
                String.class, LocalDate.now());
        Page page = browser.newPage();
        page.setViewportSize(WIDTH, HEIGHT);
        page.navigate(baseUrl() + "login");
        page.locator("vaadin-login-form input[name='username']").fill(DemoAccounts.CADRE);
        page.locator("vaadin-login-form input[name='password']").fill(DemoAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#current-user")).isAttached();

        // The header: the toggle is clear of everything else in the bar, the bell lies within the screen.
        Locator toggle = page.locator("vaadin-drawer-toggle");
        assertThat(toggle).isVisible();
        BoundingBox t = toggle.boundingBox();
        assertThat(t.x).as("the toggle starts on the screen").isGreaterThanOrEqualTo(0);
        for (String other : new String[] {"#notice-bell", "#current-user", "#language-switch", "#logout"}) {
            BoundingBox o = page.locator(other).boundingBox();
            if (o != null && o.width > 0) {
                assertThat(o.x >= t.x + t.width || o.x + o.width <= t.x).as(other + " does not cover the toggle")
                        .isTrue();
            }
        }
        BoundingBox bell = page.locator("#notice-bell").boundingBox();
        assertThat(bell).as("the bell is drawn").isNotNull();
        assertThat(bell.x).isGreaterThanOrEqualTo(0);
        assertThat(bell.x + bell.width).isLessThanOrEqualTo(WIDTH);
        assertThat(page.locator("vaadin-app-layout")).not().containsText("左侧");
        assertNoSidewaysScroll(page, "home");
        shot(page, "60-phone-home");

        // The menu opens from the toggle and leads to 我的实绩.
        toggle.click();
        Locator myArchive = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("我的实绩"));
        assertThat(myArchive).isVisible();
        // The drawer slides in: the picture waits for it to stop.
        page.waitForFunction("() => document.querySelector('vaadin-app-layout').shadowRoot.getAnimations().length === 0");
        shot(page, "61-phone-menu");
        myArchive.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-archive$"));
        page.locator("#archive-new").click();

        choose(page, "entry-period", openPeriod);
        choose(page, "entry-field", "民生保障");
        choose(page, "entry-level", "乡镇（街道）级");
        choose(page, "entry-category", "重点任务");
        page.locator("#entry-role vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("牵头")).click();
        page.locator("#entry-what-done textarea").fill(what);
        page.locator("#entry-achieved textarea").fill("改造老旧小区供水管网");
        page.locator("#entry-effect textarea").fill("群众用水更稳定");
        page.locator("#figure-add").click();
        page.locator("#figure-add").click();
        String[][] figures = {{"改造管网", "12.5", "公里"}, {"受益住户", "3400", "户"}};
        for (int i = 0; i < 2; i++) {
            page.locator(".figure-label input").nth(i).fill(figures[i][0]);
            page.locator(".figure-amount input").nth(i).fill(figures[i][1]);
            Locator unit = page.locator(".figure-unit input").nth(i);
            unit.scrollIntoViewIfNeeded();
            assertWithinScreen(page, unit, "单位 of figure " + (i + 1));
            unit.fill(figures[i][2]);
            assertWithinScreen(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("删除此项数据")).nth(i), "the remove button of figure " + (i + 1));
        }
        assertNoSidewaysScroll(page, "the filing form");
        page.locator(".figure-unit").nth(1).scrollIntoViewIfNeeded();
        shot(page, "62-phone-figures");
        page.locator("#entry-submit").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#entry-status")).containsText("待审核");
        assertThat(jdbc.queryForObject("""
                select figures from achievement_entries where what_done = ?""", String.class, what))
                .contains("公里").contains("户").contains("12.5").contains("3400");

        // Back in 我的实绩 through the menu: the entry is a card with its status, nothing off the screen.
        page.locator("vaadin-drawer-toggle").click();
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("我的实绩")).click();
        Locator card = page.locator(".portal-entry-card").filter(new Locator.FilterOptions().setHasText(what));
        assertThat(card).isVisible();
        assertThat(card.locator(".portal-entry-card-status")).hasText("待审核");
        assertThat(card).containsText(openPeriod);
        assertWithinScreen(page, card.locator(".portal-entry-card-status"), "the status badge");
        assertNoSidewaysScroll(page, "我的实绩");
        shot(page, "63-phone-my-archive");
        page.close();
    }

    private static void choose(Page page, String selectId, String option) {
        Locator select = page.locator("#" + selectId);
        select.click();
        select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void assertWithinScreen(Page page, Locator l, String what) {
        BoundingBox b = l.boundingBox();
        assertThat(b).as(what + " is drawn").isNotNull();
        assertThat(b.x).as(what + " starts on the screen").isGreaterThanOrEqualTo(0);
        assertThat(b.x + b.width).as(what + " ends on the screen").isLessThanOrEqualTo(WIDTH);
    }

    private static void assertNoSidewaysScroll(Page page, String where) {
        Object fits = page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as(where + " does not scroll sideways").isEqualTo(true);
    }

    private static void shot(Page page, String name) throws Exception {
        Browser.screenshot(page, name);
        Path shots = Path.of("/work/notes/shots");
        if (Files.isDirectory(shots)) {
            Files.copy(Browser.SCREENSHOTS.resolve(name + ".png"), shots.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
