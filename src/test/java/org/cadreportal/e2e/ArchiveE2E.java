package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * A cadre files an entry with evidence, a clerk returns it, the cadre fixes and resubmits it, the clerk
 * accepts it; it then shows in the archive grid and on the cadre's timeline, and the PDF downloads.
 */
class ArchiveE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private static void choose(Page page, String selectId, String option) {
        Locator select = page.locator("#" + selectId);
        select.click();
        // Each select keeps its items as its own children: look only among this one's.
        select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    private static void confirm(Page page) {
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
    }

    private Page signIn(String user) {
        Page page = browser.login(baseUrl(), user, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        return page;
    }

    @Test
    void anEntryIsFiledReturnedFixedAndAcceptedThenShowsInTheGridTimelineAndPdf() throws Exception {
        String what = "牵头推进城关镇智慧农贸市场改造" + System.nanoTime() % 100_000;
        String openPeriod = jdbc.queryForObject("""
                select name_zh from filing_periods where deadline >= ? order by starts_on desc, id desc limit 1""",
                String.class, LocalDate.now());
        Path evidence = Files.createTempFile("evidence-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

        Page cadre = signIn(DemoAccounts.CADRE);
        cadre.navigate(baseUrl() + "my-archive");
        cadre.locator("#archive-new").click();
        choose(cadre, "entry-period", openPeriod);
        choose(cadre, "entry-field", "民生保障");
        choose(cadre, "entry-level", "乡镇（街道）级");
        choose(cadre, "entry-category", "重点任务");
        cadre.locator("#entry-role vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("牵头")).click();
        cadre.locator("#entry-what-done textarea").fill(what);
        cadre.locator("#entry-achieved textarea").fill("完成市场改造，新增摊位120个");
        cadre.locator("#entry-effect textarea").fill("群众买菜更方便");
        cadre.locator("#figure-add").click();
        cadre.locator(".figure-label input").fill("新增摊位");
        cadre.locator(".figure-amount input").fill("120");
        cadre.locator(".figure-unit input").fill("个");
        cadre.locator("#entry-upload input[type=file]").setInputFiles(evidence);
        assertThat(cadre.locator("#entry-upload")).containsText(evidence.getFileName().toString());
        Browser.screenshot(cadre, "30-archive-filing-form");
        cadre.locator("#entry-submit").click();
        confirm(cadre);
        assertThat(cadre.locator("#entry-status")).containsText("待审核");
        assertThat(cadre.locator("#entry-attachments")).containsText(evidence.getFileName().toString());
        long id = jdbc.queryForObject("select id from achievement_entries where what_done = ?", Long.class, what);
        cadre.close();

        Page clerk = signIn(DemoAccounts.CLERK);
        clerk.navigate(baseUrl() + "archive/review");
        choose(clerk, "archive-period-filter", openPeriod);
        choose(clerk, "archive-field-filter", "民生保障");
        long waiting = jdbc.queryForObject("select count(*) from achievement_entries e where e.status = 'SUBMITTED'"
                + " and e.field_id = 7 and e.period_id = (select period_id from achievement_entries where id = ?)",
                Long.class, id);
        assertThat(clerk.locator("#review-total")).hasText("待审核 " + waiting + " 条");
        Browser.screenshot(clerk, "31-archive-review-queue");
        // Listed once; after the two filters the grid may briefly hold the old page's cells beside the new ones.
        assertThat(clerk.locator("#review-grid").getByText(what)).hasCount(1);
        clerk.locator("#review-grid").getByText(what).click();
        clerk.locator("#review-reason textarea").fill("请补充改造前后对比照片");
        clerk.locator("#review-return").click();
        assertThat(clerk.locator("#entry-status")).containsText("已退回");
        clerk.close();

        cadre = signIn(DemoAccounts.CADRE);
        cadre.navigate(baseUrl() + "archive/entry/" + id);
        assertThat(cadre.locator("#entry-return-reason")).containsText("请补充改造前后对比照片");
        cadre.locator("#entry-effect textarea").fill("群众买菜更方便，改造前后对比照片已补充");
        cadre.locator("#entry-submit").click();
        confirm(cadre);
        assertThat(cadre.locator("#entry-status")).containsText("待审核");
        cadre.close();

        Page office = signIn(DemoAccounts.CLERK);
        office.navigate(baseUrl() + "archive/entry/" + id);
        choose(office, "score-completion", "5");
        choose(office, "score-truth", "4");
        office.locator("#review-accept").click();
        assertThat(office.locator("#entry-status")).containsText("已通过");
        assertThat(office.locator("#entry-history")).containsText("待审核 → 已退回");
        assertThat(office.locator("#entry-history")).containsText("待审核 → 已通过");

        office.navigate(baseUrl() + "archive");
        office.locator("#archive-search input").fill(what);
        assertThat(office.locator("#archive-total")).hasText("共 1 条实绩");
        assertThat(office.locator("#archive-grid")).containsText("已通过");
        office.locator("#archive-search input").fill("");
        assertThat(office.locator("#archive-grid")).containsText("已通过");
        Browser.screenshot(office, "32-archive-grid");

        // The Excel export runs in the background with progress, then downloads by itself.
        choose(office, "archive-status-filter", "已退回");
        long returned = jdbc.queryForObject("select count(*) from achievement_entries where status = 'RETURNED'",
                Long.class);
        Download excel = office.waitForDownload(() -> office.locator("#archive-export").click());
        assertThat(office.locator("#export-status")).hasText("导出完成，下载将自动开始。");
        Path xlsx = Browser.SCREENSHOTS.resolve("35-archive.xlsx");
        excel.saveAs(xlsx);
        assertThat(excel.suggestedFilename()).isEqualTo("archive.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) returned);
        }
        office.locator("#export-cancel").click();

        long cadreId = jdbc.queryForObject("select cadre_id from achievement_entries where id = ?", Long.class, id);
        office.navigate(baseUrl() + "cadre/" + cadreId);
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("实绩时间轴")).click();
        assertThat(office.locator("#cadre-timeline")).containsText(what);
        Browser.screenshot(office, "33-cadre-timeline");
        office.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("实绩档案")).click();
        Download download = office.waitForDownload(() -> office.locator("#archive-pdf").click());
        Path pdf = Browser.SCREENSHOTS.resolve("34-archive.pdf");
        download.saveAs(pdf);
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(Files.size(pdf)).isGreaterThan(5_000);
        office.close();
    }
}
