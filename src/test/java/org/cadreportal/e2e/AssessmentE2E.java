package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 政绩考核 end to end in Chromium, on a small plan of its own (2036: three counties, two statistics indicators):
 * the 考核办 downloads the statistics template, a file with one bad row is refused row by row, the fixed file is
 * accepted, a county's score is followed through its explanation to the statistics row.
 *
 * <p>Worked by hand (weights 50 + 50): 目标完成率 (target 100, cap 1.2) X01 90 → 45, X02 110 → 55, X03 100 → 50;
 * 功效系数法 (b 0.6) X01 80 → 30, X02 100 → 50, X03 90 → 40. Totals X02 105, X03 90, X01 75.
 */
class AssessmentE2E extends BrowserTest {

    private static final Path NOTES = Path.of("/work/notes/shots");
    private static final int YEAR = 2036;
    private static final List<String> COUNTIES = List.of("X01", "X02", "X03");
    /** Actual values per county for TR (target 100) and EF. */
    private static final Map<String, int[]> ACTUAL = Map.of("X01", new int[] {90, 80}, "X02", new int[] {110, 100},
            "X03", new int[] {100, 90});

    @Autowired
    PlanService plans;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private static void shot(Page page, String name) {
        Browser.screenshot(page, name);
        if (Files.isDirectory(NOTES)) {
            page.screenshot(new Page.ScreenshotOptions().setPath(NOTES.resolve(name + ".png")));
        }
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    /** The plan as the office would build it on its screens: published, so data can be collected. */
    private long publishedPlan() {
        return new AsUser(userDetails).call(DemoAccounts.ASSESSMENT, () -> {
            long plan = plans.create(YEAR, "E2E " + YEAR + "年度考核方案", PlanRules.defaults()).id();
            long dim = plans.addDimension(plan, "D1", "经济发展");
            long tr = plans.addIndicator(plan, new IndicatorForm(dim, "TR", "地区生产总值完成率", "%", Direction.POSITIVE,
                    DataSource.STATISTICS, Method.TARGET_RATE, new BigDecimal("1.2"), null, null, null, null, null));
            long ef = plans.addIndicator(plan, new IndicatorForm(dim, "EF", "规上工业增加值", "亿元", Direction.POSITIVE,
                    DataSource.STATISTICS, Method.EFFICACY, null, new BigDecimal("0.6"), null, null, null, null));
            long group = plans.addGroup(plan, "XS", "县市区（E2E）", new BigDecimal("100"),
                    COUNTIES.stream().map(this::unit).toList());
            Map<Long, BigDecimal> weights = new LinkedHashMap<>();
            weights.put(tr, new BigDecimal("50"));
            weights.put(ef, new BigDecimal("50"));
            plans.setWeights(group, weights);
            plans.publish(plan, plans.details(plan).plan().version());
            return plan;
        });
    }

    @Test
    void theOfficeImportsStatisticsAndAUnitsScoreIsExplainedDownToItsRow() throws IOException {
        long plan = publishedPlan();
        Page page = browser.login(baseUrl(), DemoAccounts.ASSESSMENT, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "assessment");
        choosePlan(page);

        page.locator("#assessment-import").click();
        Download download = page.waitForDownload(() -> page.locator("#assessment-template").click());
        Path template = Files.createTempFile("statistics-", ".xlsx");
        download.saveAs(template);

        Path broken = filled(template, true);
        page.locator("#assessment-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#assessment-import-message")).containsText("有 1 处错误，未保存任何数据");
        Locator errors = page.locator("#assessment-import-errors");
        assertThat(errors).containsText("本年值");
        assertThat(errors).containsText("“九十”不是数字");
        shot(page, "assessment-import-refused");
        assertThat(page.locator("#assessment-upload vaadin-upload-file")).hasCount(0);
        page.locator("#assessment-upload input[type=file]").setInputFiles(filled(template, false));
        assertThat(page.locator("#assessment-import-message")).containsText("已导入 6 行");
        page.keyboard().press("Escape");

        page.locator("#assessment-ranking-tab").click();
        Locator ranking = page.locator("#assessment-ranking");
        assertThat(ranking).containsText("105");
        shot(page, "assessment-ranking");
        page.navigate(baseUrl() + "assessment/" + plan + "/unit/" + unit("X01"));
        assertThat(page.locator("#assessment-sheet-summary")).containsText("75.00");
        assertThat(page.locator("#assessment-sheet-summary")).containsText("类别内第 3 名");
        page.locator("#assessment-sheet vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("地区生产总值完成率")).first().click();
        assertThat(page.locator("#assessment-explanation")).containsText("45");
        page.locator("#assessment-value-link").click();
        Locator row = page.locator("#assessment-value-row");
        assertThat(row).containsText("90");
        assertThat(row).containsText("100");
        assertThat(row).containsText(DemoAccounts.ASSESSMENT_NAME);
        shot(page, "assessment-explanation");
        page.close();
    }

    private void choosePlan(Page page) {
        page.locator("#assessment-plan").click();
        page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText("E2E " + YEAR)).click();
        assertThat(page.locator("#assessment-summary")).containsText("指标 2 项");
    }

    /** The template with targets and actual values filled in; {@code broken} writes a word into one number cell. */
    private static Path filled(Path template, boolean broken) throws IOException {
        Path out = Files.createTempFile(broken ? "statistics-broken-" : "statistics-filled-", ".xlsx");
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(template); Workbook wb = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String county = f.formatCellValue(row.getCell(0));
                boolean tr = "TR".equals(f.formatCellValue(row.getCell(2)));
                int actual = ACTUAL.get(county)[tr ? 0 : 1];
                row.createCell(5).setCellValue(100);
                if (broken && county.equals("X01") && tr) {
                    row.createCell(6).setCellValue("九十");
                } else {
                    row.createCell(6).setCellValue(actual);
                }
            }
            wb.write(os);
        }
        return out;
    }
}
