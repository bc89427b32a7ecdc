package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.testing.AsUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.NightlySweep;
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
        long before = job.runs();
        NightlySweep.runOnce(job);
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
        // A draft shows 绿灯 too: the item is online once its 上线 button is gone, and only then may a night pass.
        assertThat(page.locator("#item-online")).hasCount(0);
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

    @Autowired
    SupervisionService items;

    @Autowired
    UserDetailsService userDetails;

    /**
     * 标杆项目对标: the benchmark finished 100 days of work at 1 % a day (its reports); the new item, at 10 %
     * on its first day, stays green while the benchmark's curve at the same share of the period is below
     * that, and turns yellow on the night it falls more than the tolerated points behind.
     */
    @Test
    void aBenchmarkItemTurnsYellowWhenItFallsBehindItsBenchmarksCurve() throws Exception {
        long cadreId = jdbc.queryForObject("""
                select id from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from supervision_item_cadres s where s.cadre_id = c.id)
                order by c.id desc limit 1 offset 9""", Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now(clock);
        AsUser as = new AsUser(userDetails);
        LocalDate b0 = today.minusDays(300);
        ItemDetails benchmark = as.call(DemoAccounts.SUPERVISION, () -> items.create(itemForm("标杆：一期标准厂房",
                ControlMethod.GANTT, cadreId, unitId, b0, b0.plusDays(100))));
        for (int day : new int[] {50, 100}) {
            jdbc.update("""
                    insert into progress_reports (id, item_id, reported_at, reporter, reporter_name, actual_progress,
                    report_text) values (next value for progress_reports_seq, ?, ?, 'supervision', '督查室', ?, '标杆进度')""",
                    benchmark.id(), java.sql.Timestamp.valueOf(b0.plusDays(day).atTime(10, 0)), day);
        }
        ItemForm f = itemForm("二期标准厂房（对标一期）", ControlMethod.BENCHMARK, cadreId, unitId, today, today.plusDays(100));
        f.setType(ItemType.INDUSTRIAL);
        f.setBenchmarkItemId(benchmark.id());
        long id = as.call(DemoAccounts.SUPERVISION, () -> {
            ItemDetails d = items.create(f);
            d = items.approveOnline(d.id(), d.version());
            return items.reportProgress(d.id(), new ProgressForm(10, "场地平整完成", null, List.of())).id();
        });
        int lag = as.call(DemoAccounts.SUPERVISION, () -> items.settings()).lagPoints();

        Page page = browser.login(baseUrl(), DemoAccounts.SUPERVISION, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "supervision/item/" + id);
        assertThat(page.locator("#item-light")).hasText("绿灯");
        assertThat(page.locator("#item-light-reason")).containsText("标杆项目对标");

        // Day 9 + lag: the benchmark stood at 9 + lag %, within the tolerance of the item's 10 %.
        nightPasses(9 + lag);
        page.navigate(baseUrl() + "supervision/item/" + id);
        assertThat(page.locator("#item-light")).hasText("绿灯");
        // Day 15 + lag: the benchmark stood at 15 + lag %, the item is 5 + lag points behind: yellow.
        nightPasses(6);
        page.navigate(baseUrl() + "supervision/item/" + id);
        assertThat(page.locator("#item-light")).hasText("黄灯");
        assertThat(page.locator("#item-light-reason")).containsText(benchmark.itemNo());
        assertThat(page.locator("#item-light-reason")).containsText("落后" + (5 + lag) + "个百分点");
        assertThat(page.locator("#item-light-history")).containsText("→");
        Browser.screenshot(page, "24-supervision-benchmark-yellow");
        page.close();
    }

    private static ItemForm itemForm(String title, ControlMethod method, long cadreId, long unitId, LocalDate start,
                                     LocalDate end) {
        ItemForm f = new ItemForm();
        f.setTitle(title);
        f.setAspectId(1L);
        f.setMethod(method);
        f.setLeadUnitId(unitId);
        f.setCadreIds(java.util.Set.of(cadreId));
        f.setStartDate(start);
        f.setEndDate(end);
        f.setMilestones(List.of(new MilestoneForm("竣工", end, 100)));
        return f;
    }
}
