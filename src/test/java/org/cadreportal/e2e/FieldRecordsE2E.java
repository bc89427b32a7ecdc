package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.FactsForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.service.LightJob;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.NightlySweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 暗访督导 on an item its city leader 包保: the team's problem becomes a milestone; its rectification deadline
 * passes unmet and the nightly job turns the item red; the leader finds the item on his home page and narrows the
 * dashboard to his items.
 */
class FieldRecordsE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    LightJob job;

    @Autowired
    SupervisionService items;

    @Autowired
    ProjectFactsService facts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void nightPasses(long days) throws InterruptedException {
        clock.advance(Duration.ofDays(days));
        long before = job.runs();
        NightlySweep.runOnce(job);
        assertThat(job.runs()).isEqualTo(before + 1);
    }

    @Test
    void anInspectionProblemBecomesAMilestoneTurnsTheItemRedAndTheLeaderSeesIt() throws Exception {
        long cadreId = jdbc.queryForObject("select id from cadres where status = 'ACTIVE' order by id limit 1 offset 21",
                Long.class);
        long unitId = jdbc.queryForObject("select unit_id from cadres where id = ?", Long.class, cadreId);
        LocalDate today = LocalDate.now(clock);
        ItemForm form = new ItemForm();
        form.setTitle("滨江路综合管廊");
        form.setAspectId(1L);
        form.setMethod(ControlMethod.GANTT);
        form.setLeadUnitId(unitId);
        form.setCadreIds(Set.of(cadreId));
        form.setStartDate(today.minusDays(20));
        form.setEndDate(today.plusDays(120));
        form.setMilestones(List.of(new MilestoneForm("管廊主体完工", today.plusDays(100), 100)));
        AsUser as = new AsUser(userDetails);
        ItemDetails item = as.call(DemoAccounts.SUPERVISION, () -> {
            ItemDetails d = items.create(form);
            d = items.approveOnline(d.id(), d.version());
            facts.saveFacts(d.id(), new FactsForm(facts.records(d.id()).version(), DemoAccounts.COMMITTEE_2,
                    new BigDecimal("52000"), new BigDecimal("18000"), today.minusDays(15), null));
            return d;
        });

        Page page = browser.login(baseUrl(), DemoAccounts.SUPERVISION, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "supervision/item/" + item.id());
        assertThat(page.locator("#item-leader")).hasText(DemoAccounts.COMMITTEE_2_NAME);
        page.locator("#item-record-inspection").click();
        page.locator("#inspection-team input").fill("市委督查室暗访组");
        page.locator("#inspection-summary textarea").fill("未打招呼，直奔施工现场");
        Locator line = page.locator("#inspection-problems .problem-line").first();
        line.locator("vaadin-text-field input").fill("基坑支护未按方案施工");
        Locator deadline = line.locator("vaadin-date-picker input");
        deadline.fill(today.plusDays(5).format(PICKER));
        deadline.press("Enter");
        line.locator("vaadin-integer-field input").fill("30");
        page.locator("#inspection-save").click();
        assertThat(page.locator("vaadin-dialog-overlay #inspection-save")).hasCount(0);
        assertThat(page.locator("#item-milestones")).containsText("基坑支护未按方案施工");
        assertThat(page.locator("#item-inspections")).containsText("市委督查室暗访组");
        // The new milestone is judged at once: due in 5 days at 0 % against 30 %, the item is yellow already.
        assertThat(page.locator("#item-light")).hasText("黄灯");
        Browser.screenshot(page, "24-supervision-inspection");

        nightPasses(6);
        page.navigate(baseUrl() + "supervision/item/" + item.id());
        assertThat(page.locator("#item-light")).hasText("红灯");
        assertThat(page.locator("#item-escalations")).containsText("提醒");
        page.close();

        Page leader = browser.login(baseUrl(), DemoAccounts.COMMITTEE_2, DemoAccounts.PASSWORD);
        assertThat(leader.locator("#home-leader-items")).containsText("滨江路综合管廊");
        Browser.screenshot(leader, "25-supervision-leader-home");
        leader.locator("#home-leader-items a").filter(new Locator.FilterOptions().setHasText("滨江路综合管廊")).click();
        assertThat(leader.locator("#item-light")).hasText("红灯");

        // On the dashboard he narrows 大督办 to the items he 包保.
        int year = LocalDate.now(clock).getYear();
        long his = jdbc.queryForObject("select count(*) from supervision_items where leader_username = ?"
                + " and online_on <= ? and (closed_on is null or closed_on >= ?)", Long.class,
                DemoAccounts.COMMITTEE_2, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
        leader.navigate(baseUrl() + "dashboard");
        leader.locator("#dashboard-leader input").fill(DemoAccounts.COMMITTEE_2_NAME);
        leader.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(DemoAccounts.COMMITTEE_2_NAME)).first().click();
        assertThat(leader.locator("#dashboard-period")).containsText(DemoAccounts.COMMITTEE_2_NAME);
        assertThat(leader.locator("#tile-supervision-itemsOnline .portal-tile-value")).hasText(String.valueOf(his));
        leader.close();
    }
}
