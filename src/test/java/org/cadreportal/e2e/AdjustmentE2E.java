package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A "down" case walked through all 11 steps in the browser by a clerk, a discipline officer and three
 * committee members voting, ending with the cadre's new post in the registry and a printed record.
 */
class AdjustmentE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final String NEW_POST = "市档案馆四级调研员";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    private Page as(String username) {
        Page page = browser.login(baseUrl(), username, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        return page;
    }

    private static void expectStep(Page page, int ordinal, String name) {
        assertThat(page.locator("#step-panel h3")).hasText("第" + ordinal + "步：" + name);
    }

    private static void fill(Page page, String field, String text) {
        page.locator("#field-" + field + " textarea, #field-" + field + " input").first().fill(text);
    }

    private static void date(Page page, String id, LocalDate value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value.format(PICKER));
        input.press("Enter");
    }

    /** 完成本步骤 and its confirmation. */
    private static void complete(Page page) {
        page.locator("#step-complete").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
    }

    @Test
    void aDownCaseWalksAllElevenStepsAndChangesTheCadresPost() throws Exception {
        String name = jdbc.queryForObject("""
                select c.name from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and (select count(*) from cadres d where d.name like concat('%', c.name, '%')) = 1
                and not exists (select 1 from career_records r where r.cadre_id = c.id and r.start_date >= current_date)
                order by c.id desc limit 1 offset 20""",
                String.class);
        LocalDate today = LocalDate.now(clock);

        // 1 启动动议 — the clerk opens the case from the case list.
        Page clerk = as(DemoAccounts.CLERK);
        clerk.navigate(baseUrl() + "adjustments");
        clerk.locator("#open-case").click();
        clerk.locator("#open-cadre input").fill(name);
        clerk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        clerk.locator("#open-situations input").click();
        clerk.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("担当作为方面")).click();
        clerk.keyboard().press("Escape");
        clerk.locator("#open-summary textarea").fill("年度考核为基本称职，群众反映推诿扯皮，启动调整动议。");
        clerk.locator("#open-save").click();
        expectStep(clerk, 2, "分析研判");
        assertThat(clerk.locator("#case-stepper li[data-state='DONE']")).hasCount(1);
        long caseId = jdbc.queryForObject("select max(id) from adjustment_cases where cadre_name = ?", Long.class,
                name);
        assertThat(clerk).hasURL(java.util.regex.Pattern.compile(".*/adjustment/" + caseId + "$"));
        String caseUrl = baseUrl() + "adjustment/" + caseId;

        // 2 分析研判 … 6 提出调整建议 — the clerk.
        fill(clerk, "opinion", "经分析研判，该同志担当作为不够，符合调整情形。");
        complete(clerk);
        expectStep(clerk, 3, "预警提示");
        date(clerk, "field-warningDate", today.minusDays(1));
        date(clerk, "field-improvementDeadline", today.plusDays(30));
        fill(clerk, "warningContent", "对工作推诿扯皮问题进行预警提示，限期整改。");
        complete(clerk);
        expectStep(clerk, 4, "调查核实");
        Browser.screenshot(clerk, "10-adjustment-stepper-step4");
        fill(clerk, "opinion", "经调查核实，反映问题基本属实。");
        Path evidence = Files.createTempDirectory("e2e").resolve("investigation-report.pdf");
        Files.write(evidence, "%PDF-1.4 调查核实报告".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        clerk.locator("#step-attachments input[type='file']").setInputFiles(evidence);
        assertThat(clerk.locator("#step-attachments vaadin-upload-file[complete]")).hasCount(1);
        complete(clerk);
        expectStep(clerk, 5, "听取本人意见");
        assertThat(clerk.locator("#case-records")).containsText("investigation-report.pdf");
        fill(clerk, "statement", "本人对问题有认识，服从组织安排。");
        complete(clerk);
        expectStep(clerk, 6, "提出调整建议");
        clerk.locator("#field-methodId").click();
        clerk.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("免职")).click();
        fill(clerk, "proposedPost", NEW_POST);
        fill(clerk, "opinion", "建议免去现职，改任四级调研员。");
        complete(clerk);
        expectStep(clerk, 7, "征求意见");
        assertThat(clerk.locator("#step-waiting")).containsText("纪委监委");
        clerk.close();

        // 7 征求意见 — the discipline officer.
        Page discipline = as(DemoAccounts.DISCIPLINE);
        discipline.navigate(caseUrl);
        expectStep(discipline, 7, "征求意见");
        fill(discipline, "integrityOpinion", "经核查，未发现该同志有违反廉洁纪律问题。");
        Browser.screenshot(discipline, "11-adjustment-stepper-step7");
        complete(discipline);
        expectStep(discipline, 8, "讨论决定");
        assertThat(discipline.locator("#vote-agree")).hasCount(0);
        discipline.close();

        // 8 讨论决定 — three members entitled and present: two for, one against passes (2 > 3/2).
        Page chair = as(DemoAccounts.COMMITTEE);
        chair.navigate(caseUrl);
        expectStep(chair, 8, "讨论决定");
        date(chair, "meeting-date", today);
        for (String absent : new String[] {DemoAccounts.COMMITTEE_4_NAME, DemoAccounts.COMMITTEE_5_NAME}) {
            chair.locator("#meeting-entitled vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(absent))
                    .click();
        }
        // The members entitled to attend are present unless marked absent; 赵立新 chairs (his chair flag).
        chair.locator("#meeting-save").click();
        assertThat(chair.locator("#meeting-tally")).containsText("应到3人，实到3人");
        assertThat(chair.locator("#meeting-duties")).containsText(DemoAccounts.COMMITTEE_NAME);
        chair.locator("#vote-agree").click();
        // Sealed while open: who has voted, not how.
        assertThat(chair.locator("#meeting-tally")).containsText("已表决1人");

        Page second = as(DemoAccounts.COMMITTEE_2);
        second.navigate(caseUrl);
        second.locator("#vote-agree").click();
        assertThat(second.locator("#meeting-tally")).containsText("已表决2人");
        second.close();

        Page third = as(DemoAccounts.COMMITTEE_3);
        third.navigate(caseUrl);
        third.locator("#vote-disagree").click();
        assertThat(third.locator("#meeting-tally")).containsText("已表决3人");
        assertThat(third.locator("#meeting-rule")).containsText("在完成表决后公布");
        // A member who does not preside votes only.
        assertThat(third.locator("#close-vote")).hasCount(0);
        Browser.screenshot(third, "12-adjustment-vote");
        third.close();

        // The chair's page followed the votes; the chair closes the vote: 2 for, 1 against passes.
        assertThat(chair.locator("#meeting-tally")).containsText("已表决3人");
        chair.locator("#close-vote").click();
        assertThat(chair.locator("#close-vote-outcome")).containsText("同意2票，不同意1票，弃权0票");
        chair.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        expectStep(chair, 9, "谈话告知");
        chair.close();

        // 9 谈话告知 … 11 跟踪回访 — the clerk again; 10 changes the cadre's post.
        Page office = as(DemoAccounts.CLERK);
        office.navigate(caseUrl);
        expectStep(office, 9, "谈话告知");
        fill(office, "talkRecord", "部领导与本人谈话，宣布调整决定，本人表示服从。");
        complete(office);
        expectStep(office, 10, "宣布并办理任免");
        fill(office, "documentNo", "鄂组干〔2026〕88号");
        date(office, "field-effectiveDate", today);
        complete(office);
        expectStep(office, 11, "跟踪回访");
        assertThat(jdbc.queryForObject("select post_title from cadres where name = ?", String.class, name))
                .isEqualTo(NEW_POST);
        date(office, "visit-date", today);
        office.locator("#visit-notes input").fill("思想稳定，工作态度积极。");
        office.locator("#visit-add").click();
        assertThat(office.locator("#visit-grid")).containsText("思想稳定");
        fill(office, "closingAssessment", "调整后表现良好，影响期满后可视情况使用。");
        complete(office);
        assertThat(office.locator("#case-status")).hasText("已办结");
        assertThat(office.locator("#case-stepper li[data-state='DONE']")).hasCount(11);
        Browser.screenshot(office, "13-adjustment-completed");

        // The printed 呈批表.
        Download download = office.waitForDownload(() -> office.locator("#case-pdf").click());
        Path pdf = Browser.SCREENSHOTS.resolve("14-adjustment-case.pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(10_000);

        // The registry shows the new post, and the career entry names the case and its impact period.
        long cadreId = jdbc.queryForObject("select id from cadres where name = ?", Long.class, name);
        office.navigate(baseUrl() + "cadre/" + cadreId);
        office.getByRole(com.microsoft.playwright.options.AriaRole.TAB,
                new Page.GetByRoleOptions().setName("任职经历")).click();
        Locator career = office.locator("#career-grid");
        assertThat(career).containsText(NEW_POST);
        assertThat(career).containsText("鄂组干〔2026〕88号");
        assertThat(career).containsText("影响期至" + today.plusMonths(12).minusDays(1));
        Browser.screenshot(office, "15-adjustment-career");
        office.close();
    }
}
