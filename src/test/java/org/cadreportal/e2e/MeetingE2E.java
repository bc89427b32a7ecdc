package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.CaseFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 讨论决定 as the committee holds it, in one room at one time: the five members have the case open at once (five
 * browser contexts); the chair sets the meeting up and every page shows it; each vote appears on the other four
 * pages without a reload; only the chair (and the recorder) may close, send back or terminate; the chair's
 * confirmation states the decision the votes make at that moment (4 for, 1 against of 5: more than half, 通过).
 * Then the clerk cannot open a second 上 case for the same cadre and is shown the open one.
 */
class MeetingE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(2_000);

    @Autowired
    AdjustmentService cases;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private Page as(String username) {
        Page page = browser.login(baseUrl(), username, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.setViewportSize(1366, 900);
        return page;
    }

    private static void expectStep(Page page, int ordinal, String name) {
        assertThat(page.locator("#step-panel h3")).hasText("第" + ordinal + "步：" + name);
    }

    @Test
    void fiveMembersFollowOneMeetingAsItHappensAndOnlyTheChairClosesIt() {
        LocalDate today = LocalDate.now(clock);
        // A county cadre with no case and a name no other cadre's contains (so the clerk's picker finds him alone).
        Map<String, Object> cadre = jdbc.queryForMap("""
                select c.id, c.name from cadres c join units u on u.id = c.unit_id where c.status = 'ACTIVE'
                and u.unit_type = 'COUNTY' and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and (select count(*) from cadres d where d.name like concat('%', c.name, '%')) = 1
                order by c.id limit 1""");
        long cadreId = ((Number) cadre.get("id")).longValue();
        String cadreName = (String) cadre.get("name");
        CaseFixture fixture = new CaseFixture(cases, new AsUser(userDetails), jdbc);
        CaseDetails c = fixture.toDecision(fixture.open(cadreId, Direction.UP, "一线考察识别：实绩突出（测试）"),
                "县发展和改革局局长", CadreRank.SECTION_HEAD, today);
        String url = baseUrl() + "adjustment/" + c.id();

        Map<String, Page> pages = new LinkedHashMap<>();
        for (String member : CaseFixture.MEMBERS) {
            Page page = as(member);
            page.navigate(url);
            expectStep(page, 7, "讨论决定");
            pages.put(member, page);
        }
        Page chair = pages.get(DemoAccounts.COMMITTEE);
        Page member = pages.get(DemoAccounts.COMMITTEE_3);
        // Before the meeting: only the chair (the chair flag) may set it up, send back or terminate.
        assertThat(chair.locator("#meeting-save")).isVisible();
        assertThat(chair.locator("#case-send-back")).isVisible();
        assertThat(chair.locator("#case-terminate")).isVisible();
        for (String other : CaseFixture.MEMBERS.subList(1, 5)) {
            assertThat(pages.get(other).locator("#meeting-save")).hasCount(0);
            assertThat(pages.get(other).locator("#case-send-back")).hasCount(0);
            assertThat(pages.get(other).locator("#case-terminate")).hasCount(0);
        }

        // The chair sets it up: all five entitled and, by default, present; 钱国华 records.
        Locator date = chair.locator("#meeting-date input");
        date.fill(today.format(PICKER));
        date.press("Enter");
        chair.locator("#meeting-recorder-select").click();
        chair.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(DemoAccounts.COMMITTEE_2_NAME))
                .click();
        chair.locator("#meeting-save").click();
        for (Page page : pages.values()) {
            assertThat(page.locator("#meeting-tally")).containsText("应到5人，实到5人", SOON);
            assertThat(page.locator("#meeting-duties")).containsText("主持人：" + DemoAccounts.COMMITTEE_NAME
                    + "；记录人：" + DemoAccounts.COMMITTEE_2_NAME, SOON);
        }

        // Each vote shows on the four other pages without a reload.
        List<String> votes = List.of("agree", "agree", "agree", "disagree", "agree");
        for (int i = 0; i < 5; i++) {
            String voter = CaseFixture.MEMBERS.get(i);
            pages.get(voter).locator("#vote-" + votes.get(i)).click();
            for (Map.Entry<String, Page> other : pages.entrySet()) {
                if (!other.getKey().equals(voter)) {
                    assertThat(other.getValue().locator("#meeting-tally")).containsText("已表决" + (i + 1) + "人", SOON);
                }
            }
        }
        // Sealed until closed: a member sees that 吴建军 voted, not how.
        assertThat(member.locator("#meeting-seats")).containsText(DemoAccounts.COMMITTEE_4_NAME);
        assertThat(member.locator("#meeting-seats")).not().containsText("不同意");

        // A member who does not preside votes only; the recorder may close too.
        assertThat(member.locator("#close-vote")).hasCount(0);
        assertThat(member.locator("#case-send-back")).hasCount(0);
        assertThat(member.locator("#case-terminate")).hasCount(0);
        assertThat(member.locator("#meeting-save")).hasCount(0);
        assertThat(pages.get(DemoAccounts.COMMITTEE_2).locator("#close-vote")).isVisible();

        // The chair's count and close are on top, in view at 1366×900 on the page as opened (voting scrolled it
        // down to the vote buttons, so open it afresh); the confirmation states 4 : 1, 通过.
        chair.reload();
        assertThat(chair.locator("#close-vote")).isInViewport();
        assertThat(chair.locator("#meeting-tally")).isInViewport();
        Browser.screenshot(chair, "60-meeting-chair");
        chair.locator("#close-vote").click();
        assertThat(chair.locator("#close-vote-outcome")).containsText("同意4票，不同意1票，弃权0票");
        assertThat(chair.locator("#close-vote-outcome")).containsText("“通过”");
        Browser.screenshot(chair, "61-meeting-confirm");
        chair.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        expectStep(chair, 8, "任前公示");
        // Every other page follows: the case has moved on, with the votes now on record.
        assertThat(member.locator("#step-panel h3")).hasText("第8步：任前公示",
                new LocatorAssertions.HasTextOptions().setTimeout(2_000));
        pages.values().forEach(page -> page.context().close());

        // A second 上 case for the same cadre is refused, with a link to the open one.
        Page clerk = as(DemoAccounts.CLERK);
        clerk.navigate(baseUrl() + "adjustments");
        clerk.locator("#open-case").click();
        clerk.locator("#open-cadre input").fill(cadreName);
        clerk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(cadreName)).first().click();
        clerk.locator("#open-direction vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("上")).click();
        clerk.locator("#open-summary textarea").fill("再次启动（测试）");
        clerk.locator("#open-save").click();
        Locator existing = clerk.locator("#open-existing");
        assertThat(existing).containsText(c.header().caseNo());
        assertThat(existing).hasAttribute("href", "adjustment/" + c.id());
        assertThat(clerk.locator("#open-cadre")).containsText("已有一件同方向的在办事项");
        Browser.screenshot(clerk, "62-meeting-second-case-refused");
        existing.click();
        clerk.waitForURL("**/adjustment/" + c.id());
        clerk.context().close();
    }
}
