package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Download;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * The 任免审批表 the vote is about downloads as PDF and Word, each with the name, the 拟任职务 and the 简历.
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

        // Below the portrait, the member's vote.
        member.locator("#step-panel").scrollIntoViewIfNeeded();
        Browser.screenshot(member, "52-portrait-vote");

        // The 干部任免审批表 the committee votes on, as PDF and as Word, with the case's 拟任职务 and the 简历.
        String proposed = jdbc.queryForObject("select proposed_post from adjustment_cases where id = ?", String.class,
                caseId);
        assertThat(proposed).isNotBlank();
        List<Map<String, Object>> career = jdbc.queryForList("""
                select r.start_date, r.post_title from career_records r join adjustment_cases c on c.cadre_id = r.cadre_id
                where c.id = ?""", caseId);
        assertThat(career).isNotEmpty();
        String pdf = flat(pdfText(download(member, "#case-form-pdf")));
        String docx = flat(docxText(download(member, "#case-form-docx")));
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains(flat(cadre), flat(proposed));
            for (Map<String, Object> stretch : career) {
                LocalDate from = ((java.sql.Date) stretch.get("start_date")).toLocalDate();
                assertThat(text).contains(String.format("%04d.%02d--", from.getYear(), from.getMonthValue()),
                        flat((String) stretch.get("post_title")));
            }
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
        member.locator("#case-portrait").waitFor();
        assertThat(member.locator("#case-portrait")).isVisible();
        Object overflow = member.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(member, "51-portrait-phone");
    }

    private static Path download(Page page, String selector) {
        Download file = page.waitForDownload(() -> page.locator(selector).click());
        assertThat(file.failure()).isNull();
        return file.path();
    }

    /** The PDF's text as poppler reads it (.ci/run installs poppler-utils). */
    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(text).isZero();
        return text;
    }

    /** The Word file's body text: the runs of word/document.xml with the markup taken out. */
    private static String docxText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry body = zip.getEntry("word/document.xml");
            assertThat(body).isNotNull();
            String xml = new String(zip.getInputStream(body).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }

    /** Boxes wrap long text at any character, so words are compared without spaces and line breaks. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
