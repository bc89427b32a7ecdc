package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cadreportal.accusation.AccusationFigures;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A clerk registers a report, the discipline officer holds the joint meeting, verifies and finds the
 * allegation 诬告陷害 and refers the reporter; the clerk clarifies the cadre and files the case. The
 * clarification is then on the cadre's timeline and the year's figures have moved; a clerk also logs a
 * clarification concluded elsewhere in one form.
 */
class AccusationE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccusationService accusations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    private Page signIn(String user) {
        Page page = browser.login(baseUrl(), user, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        return page;
    }

    private static void choose(Page page, String selectId, String option) {
        Locator select = page.locator("#" + selectId);
        select.click();
        select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void date(Page page, String id, LocalDate value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value.format(PICKER));
        input.press("Enter");
    }

    private static void text(Page page, String id, String value) {
        page.locator("#" + id + " textarea, #" + id + " input").first().fill(value);
    }

    private static void confirm(Page page) {
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
    }

    private static void pickCadre(Page page, String name) {
        page.locator("#intake-cadre-picker input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        assertThat(page.locator("#intake-accused")).containsText(name);
    }

    private static void expectStep(Page page, String name) {
        assertThat(page.locator("#step-panel h3").first()).containsText(name);
    }

    private AccusationFigures figures(LocalDate today) {
        return new AsUser(userDetails).call(DemoAccounts.CLERK,
                () -> accusations.figures(today.withDayOfYear(1), today, null));
    }

    /** A cadre of the city nobody has reported yet, with a name no other cadre shares. */
    private Object[] freshCadre(int offset) {
        return jdbc.queryForObject("""
                select c.id, c.name from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from accused_cadres a where a.cadre_id = c.id)
                and (select count(*) from cadres d where d.name = c.name) = 1 order by c.id limit 1 offset ?""",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, offset);
    }

    @Test
    void aReportIsFoundFabricatedAndTheCadreClarifiedThenTheTimelineAndFiguresShowIt() {
        LocalDate today = LocalDate.now(clock);
        Object[] cadre = freshCadre(3);
        long cadreId = (Long) cadre[0];
        String name = (String) cadre[1];
        String reportNo = "JB-E2E-" + System.nanoTime() % 100_000;
        AccusationFigures before = figures(today);

        // 受理 — the clerk registers the report.
        Page clerk = signIn(DemoAccounts.CLERK);
        clerk.navigate(baseUrl() + "accusations");
        clerk.locator("#accusation-intake").click();
        text(clerk, "intake-reportNo", reportNo);
        date(clerk, "intake-receivedOn", today.minusDays(20));
        choose(clerk, "intake-channel", "来信");
        text(clerk, "intake-reporterName", "刘某某");
        text(clerk, "intake-reporterContact", "13900001111");
        text(clerk, "intake-summary", "来信反映" + name + "在工程项目中收受好处费");
        pickCadre(clerk, name);
        text(clerk, "allegation-content-0", "反映其在工程项目招投标中收受施工方好处费");
        Browser.screenshot(clerk, "40-accusation-intake");
        clerk.locator("#intake-save").click();
        expectStep(clerk, "联席会议研判");
        long caseId = jdbc.queryForObject("select id from accusation_cases where report_no = ?", Long.class, reportNo);
        String caseUrl = baseUrl() + "accusation/" + caseId;
        assertThat(clerk.locator("#case-reporter")).containsText("仅纪检监察人员可见");
        assertThat(clerk.locator("#case-reporter")).not().containsText("刘某某");
        clerk.close();

        // 联席会议研判, 核查, 认定, 处理 — the discipline officer, who sees the reporter.
        Page officer = signIn(DemoAccounts.DISCIPLINE);
        officer.navigate(caseUrl);
        assertThat(officer.locator("#case-reporter")).containsText("刘某某");
        date(officer, "meeting-date", today.minusDays(15));
        text(officer, "meeting-members", "市纪委监委、市委组织部、市公安局、市信访局");
        text(officer, "meeting-conclusions", "线索具体，由纪委监委牵头核查");
        officer.locator("#meeting-add").click();
        assertThat(officer.locator("#case-meetings")).containsText("市公安局");
        text(officer, "field-opinion", "经联席会议研判，转入核查");
        officer.locator("#step-complete").click();
        confirm(officer);
        expectStep(officer, "核查");
        text(officer, "field-opinion", "经调取项目资料、询问施工方，未发现收受好处费情况");
        officer.locator("#step-complete").click();
        confirm(officer);
        expectStep(officer, "认定");
        long allegationId = jdbc.queryForObject("select id from allegations where case_id = ?", Long.class, caseId);
        choose(officer, "field-finding-" + allegationId, "诬告陷害");
        text(officer, "field-reason-" + allegationId, "举报人因工程款纠纷捏造事实，主观恶意明显");
        assertThat(officer.locator("#distinctions")).containsText("三个区分开来");
        Browser.screenshot(officer, "41-accusation-finding");
        officer.locator("#findings-submit").click();
        confirm(officer);
        expectStep(officer, "处理");
        assertThat(officer.locator("#clarification-countdown")).containsText("剩 20 个工作日");
        text(officer, "field-referredTo", "市公安局");
        date(officer, "field-referredOn", today);
        officer.locator("#handling-submit").click();
        confirm(officer);
        expectStep(officer, "澄清");
        officer.close();

        // 澄清 and 归档 — the clerk.
        clerk = signIn(DemoAccounts.CLERK);
        clerk.navigate(caseUrl);
        String prefix = "field-clarify-" + cadreId + "-";
        date(clerk, prefix + "clarifiedOn", today);
        clerk.locator("#" + prefix + "methods vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("会议澄清")).click();
        clerk.locator("#clarify-add-" + cadreId).click();
        assertThat(clerk.locator("#" + prefix + "methods")).containsText("须同时书面澄清");
        clerk.locator("#" + prefix + "methods vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("书面澄清")).click();
        text(clerk, prefix + "scopeUnits", "所在单位领导班子及中层干部");
        text(clerk, prefix + "noticeText", "经查，反映" + name + "同志收受好处费问题系诬告，特予澄清，以正视听。");
        // The cleared allegations come pre-selected: all of this cadre's that were found untrue.
        assertThat(clerk.locator("#" + prefix + "allegations vaadin-checkbox[checked]")).hasCount(1);
        clerk.locator("#clarify-add-" + cadreId).click();
        assertThat(clerk.locator("#case-clarifications")).containsText(name);
        clerk.locator("#step-complete").click();
        confirm(clerk);
        expectStep(clerk, "归档");
        clerk.locator("#step-complete").click();
        confirm(clerk);
        assertThat(clerk.locator("#case-status")).containsText("已办结");

        // The cadre's timeline shows 澄清正名 with the allegation cleared.
        clerk.navigate(baseUrl() + "cadre/" + cadreId);
        clerk.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("实绩时间轴")).click();
        Locator timeline = clerk.locator("#cadre-timeline");
        assertThat(timeline).containsText("澄清正名");
        assertThat(timeline).containsText("收受施工方好处费");
        Browser.screenshot(clerk, "42-cadre-timeline-clarification");
        clerk.close();

        AccusationFigures after = figures(today);
        assertThat(after.falseAccusations()).isEqualTo(before.falseAccusations() + 1);
        assertThat(after.personTimesClarified()).isEqualTo(before.personTimesClarified() + 1);
    }

    @Test
    void aClerkLogsAClarificationConcludedElsewhereInOneForm() {
        LocalDate today = LocalDate.now(clock);
        Object[] cadre = freshCadre(7);
        String name = (String) cadre[1];
        String reportNo = "JB-QUICK-" + System.nanoTime() % 100_000;
        AccusationFigures before = figures(today);

        Page clerk = signIn(DemoAccounts.CLERK);
        clerk.navigate(baseUrl() + "accusation/quick");
        text(clerk, "intake-reportNo", reportNo);
        date(clerk, "intake-receivedOn", today.minusDays(40));
        choose(clerk, "intake-channel", "网络");
        clerk.locator("#intake-anonymous").click();
        text(clerk, "intake-summary", "网络举报" + name + "违规使用公车");
        pickCadre(clerk, name);
        text(clerk, "allegation-content-0", "反映其违规使用公务用车办私事");
        choose(clerk, "field-finding-0", "不实");
        text(clerk, "field-reason-0", "经查阅用车台账和行车记录，所反映问题不存在");
        date(clerk, "quick-foundOn", today.minusDays(10));
        date(clerk, "quick-clarifiedOn", today.minusDays(3));
        clerk.locator("#quick-methods vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("书面澄清")).click();
        text(clerk, "quick-scopeUnits", "所在单位全体干部职工");
        text(clerk, "quick-noticeText", "经查，网络反映" + name + "同志违规使用公车问题不属实，特予澄清。");
        Browser.screenshot(clerk, "43-accusation-quick-log");
        clerk.locator("#quick-save").click();
        assertThat(clerk.locator("#case-quick-logged")).isVisible();
        assertThat(clerk.locator("#case-status")).containsText("已办结");
        assertThat(clerk.locator("#case-clarifications")).containsText(name);
        clerk.close();

        AccusationFigures after = figures(today);
        assertThat(after.personTimesClarified()).isEqualTo(before.personTimesClarified() + 1);
        assertThat(after.falseAccusations()).isEqualTo(before.falseAccusations());
    }
}
