package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervision officer creates an item with a milestone; days pass; the light turns yellow, then red;
 * the reminder, the interview and, at the third red, a "down" case for the responsible cadre follow.
 */
class SupervisionE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    LightJob job;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static void date(Locator picker, LocalDate value) {
        Locator input = picker.locator("input");
        input.fill(value.format(PICKER));
        input.press("Enter");
    }

    /** The nightly job, as it would run on the day the clock now shows (its lock holds it for a second). */
    private void nightPasses(long days) throws InterruptedException {
        clock.advance(Duration.ofDays(days));
        Thread.sleep(1_200);
        long before = job.runs();
        job.run();
        assertThat(job.runs()).isEqualTo(before + 1);
    }

    private void report(Page page, int progress, String text) {
        page.locator("#item-report").click();
        page.locator("#report-progress input").fill(String.valueOf(progress));
        page.locator("#report-text textarea").fill(text);
        page.locator("#report-save").click();
        assertThat(page.locator("vaadin-dialog-overlay #report-save")).hasCount(0);
    }

    @Test
    void anItemTurnsYellowThenRedAndClimbsTheLadderToADownCase() throws Exception {
        Map<String, Object> cadre = jdbc.queryForMap("""
                select c.id, c.name, u.name as unit from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and (select count(*) from cadres d where d.name = c.name) = 1
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from supervision_item_cadres s where s.cadre_id = c.id)
                order by c.id desc limit 1 offset 7""");
        String name = (String) cadre.get("name");
        long cadreId = ((Number) cadre.get("id")).longValue();
        LocalDate today = LocalDate.now(clock);

        Page page = browser.login(baseUrl(), DemoAccounts.SUPERVISION, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "supervision");
        page.locator("#create-item").click();
        page.locator("#item-title input").fill("产业园标准厂房建设");
        page.locator("#item-aspect").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("稳增长 · 重大项目建设")).click();
        page.locator("#item-lead input").fill((String) cadre.get("unit"));
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText((String) cadre.get("unit")))
                .first().click();
        page.locator("#item-cadres input").fill(name);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first()
                .click();
        page.keyboard().press("Escape");
        date(page.locator("#item-start"), today.minusDays(30));
        date(page.locator("#item-end"), today.plusDays(60));
        Locator line = page.locator(".milestone-line").first();
        line.locator("vaadin-text-field input").fill("主体结构封顶");
        date(line.locator("vaadin-date-picker"), today.plusDays(10));
        line.locator("vaadin-integer-field input").fill("50");
        page.locator("#item-save").click();
        page.locator("#item-online").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#item-light")).hasText("绿灯");
        String url = page.url();

        nightPasses(4);
        page.navigate(url);
        assertThat(page.locator("#item-light")).hasText("黄灯");
        Browser.screenshot(page, "20-supervision-yellow");

        nightPasses(7);
        page.navigate(url);
        assertThat(page.locator("#item-light")).hasText("红灯");
        assertThat(page.locator("#item-escalations")).containsText("提醒");
        Browser.screenshot(page, "21-supervision-red-gantt");

        report(page, 100, "主体结构已封顶");
        assertThat(page.locator("#item-light")).hasText("绿灯");
        report(page, 10, "复核后实际进度更正为10%");
        assertThat(page.locator("#item-light")).hasText("红灯");
        assertThat(page.locator("#item-escalations")).containsText("约谈");
        page.locator("[id^='record-interview-']").click();
        date(page.locator("#interview-date"), LocalDate.now(clock));
        page.locator("#interview-by input").fill(DemoAccounts.SUPERVISION_NAME);
        page.locator("#interview-notes textarea").fill("约谈责任人，要求十日内拿出整改方案。");
        page.locator("#interview-save").click();
        assertThat(page.locator("#item-escalations")).containsText("约谈责任人");
        report(page, 100, "整改完成");
        report(page, 10, "再次滞后");
        assertThat(page.locator("#item-escalations")).containsText("调整岗位");
        page.locator("#item-escalations").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "22-supervision-escalation");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        Long opened = null;
        while (opened == null && Instant.now().isBefore(deadline)) {
            opened = jdbc.query("select id from adjustment_cases where cadre_id = ? and source = 'SUPERVISION'",
                    rs -> rs.next() ? rs.getLong(1) : null, cadreId);
            if (opened == null) {
                Thread.sleep(200);
            }
        }
        assertThat(opened).isNotNull();
        page.close();

        Page clerk = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(clerk.locator("#current-user")).isVisible();
        clerk.navigate(baseUrl() + "adjustment/" + opened);
        assertThat(clerk.locator("#case-facts")).containsText("督办督促");
        assertThat(clerk.locator("#case-records")).containsText("系统");
        clerk.close();

        Page list = browser.login(baseUrl(), DemoAccounts.SUPERVISION, DemoAccounts.PASSWORD);
        list.navigate(baseUrl() + "supervision");
        list.locator("#item-light-filter").click();
        list.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName("红灯"))
                .click();
        long red = jdbc.queryForObject("select count(*) from supervision_items where light = 'RED'", Long.class);
        assertThat(list.getByText("共" + red + "项")).isVisible();
        Browser.screenshot(list, "23-supervision-grid-red");
        // The grid renders only the rows in view: narrow it to the new item to see its row.
        list.locator("#item-search input").fill("产业园标准厂房建设");
        assertThat(list.locator("#item-grid")).containsText("产业园标准厂房建设");
        Browser.screenshot(list, "23-supervision-grid-red");
        list.close();
    }
}
