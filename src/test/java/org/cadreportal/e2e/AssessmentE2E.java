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
import java.time.Duration;
import java.util.regex.Pattern;
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
import org.cadreportal.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 政绩考核 end to end in Chromium, on a small plan of its own (2036: three counties, two statistics indicators):
 * the 考核办 downloads the statistics template, a file with one bad row is refused row by row, the fixed file is
 * accepted, a county's score is followed through its explanation to the statistics row; the office starts 公示,
 * the county's clerk appeals a line, the office accepts it with the corrected value, and once the 公示 is over
 * the final ranking shows the county moved up. A 不称职 grade entered on the grades screen reaches the clerk's
 * 我的待办 as a proposal that opens a 下 case with the tenth situation.
 *
 * <p>Worked by hand (weights 50 + 50): 目标完成率 (target 100, cap 1.2) X01 90 → 45, X02 110 → 55, X03 100 → 50;
 * 功效系数法 (b 0.6) X01 80 → 30, X02 100 → 50, X03 90 → 40. Totals X02 105, X03 90, X01 75.
 * X01's appeal corrects its 规上工业增加值 to 105, now the group's maximum: 功效系数法 X01 50,
 * X02 50 × (0.6 + 0.4 × 10/15) = 43.33, X03 30; totals X02 98.33, X01 95, X03 80: X01 rises from third to second.
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

    @Autowired
    MovableClock clock;

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
        page.keyboard().press("Escape");

        // 公示 from today for five working days; the county's clerk appeals its 规上工业增加值.
        page.navigate(baseUrl() + "assessment");
        choosePlan(page);
        page.locator("#assessment-start-publicity").click();
        assertThat(page.locator("#publicity-end")).not().isEmpty();
        page.locator("#publicity-confirm").click();
        assertThat(page.locator("#assessment-publicity")).isVisible();

        Page county = browser.login(baseUrl(), DemoAccounts.COUNTY_CLERK, DemoAccounts.PASSWORD);
        assertThat(county.locator("#current-user")).isVisible();
        county.navigate(baseUrl() + "assessment/" + plan + "/unit/" + unit("X01"));
        county.locator("#appeal-file-EF").click();
        county.locator("#appeal-reason textarea").fill("规上工业增加值漏报了12月新投产企业，实际为105亿元。");
        county.locator("#appeal-evidence textarea").fill("市统计局2037年1月更正通知");
        shot(county, "assessment-appeal");
        county.locator("#appeal-submit").click();
        assertThat(county.locator("#appeal-submit")).hasCount(0);
        county.close();

        long appeal = jdbc.queryForObject("select id from assessment_appeals where plan_id = ? and status = 'OPEN'",
                Long.class, plan);
        page.navigate(baseUrl() + "assessment/" + plan + "/appeals");
        assertThat(page.locator("#appeals-grid")).containsText("漏报了12月新投产企业");
        page.locator("#appeal-accept-" + appeal).click();
        page.locator("#appeal-corrected-actual input").fill("105");
        page.locator("#appeal-decision-reason textarea").fill("经市统计局核实，更正为105亿元。");
        page.locator("#appeal-decision-confirm").click();
        assertThat(page.locator("#appeals-grid")).containsText("经市统计局核实");
        shot(page, "assessment-appeals");

        // The 公示 is over: the office makes the result final, and the ranking shows X01 second.
        clock.advance(Duration.ofDays(30));
        try {
            page.navigate(baseUrl() + "assessment");
            choosePlan(page);
            page.locator("#assessment-finalize").click();
            page.locator("#assessment-finalize-confirm").click();
            assertThat(page.locator("#assessment-summary")).containsText("最终结果");
            page.locator("#assessment-ranking-tab").click();
            assertThat(ranking).containsText("98.33");
            assertThat(ranking).containsText("95.00");
            assertThat(page.locator("#assessment-import")).isDisabled();
            shot(page, "assessment-final-ranking");
            page.navigate(baseUrl() + "assessment/" + plan + "/unit/" + unit("X01"));
            assertThat(page.locator("#assessment-sheet-summary")).containsText("95.00");
            assertThat(page.locator("#assessment-sheet-summary")).containsText("类别内第 2 名");
        } finally {
            clock.advance(Duration.ofDays(-30));
        }
        page.close();
    }

    /**
     * The clerk grades a county leader 不称职 on the grades screen; the proposal in 我的待办 opens a 下 case with
     * the tenth situation. The leader is one with no open proposal and no open 下 case, so nothing else stands in
     * the way.
     */
    @Test
    void anIncompetentGradeBecomesAProposalThatOpensADownCase() {
        int year = 2037;
        new AsUser(userDetails).call(DemoAccounts.ASSESSMENT, () -> {
            long p = plans.create(year, "E2E " + year + "年度考核方案", PlanRules.defaults()).id();
            plans.addGroup(p, "XS", "县市区（E2E）", new BigDecimal("100"), List.of(unit("X04")));
            return p;
        });
        Map<String, Object> cadre = jdbc.queryForMap("""
                select c.id, c.name, c.cadre_code, c.category from cadres c join units u on u.id = c.unit_id
                where u.code = 'X04' and c.status = 'ACTIVE' and c.category in ('PRINCIPAL', 'TEAM_MEMBER')
                and not exists (select 1 from grade_proposals g where g.open_cadre_id = c.id)
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id and a.status = 'OPEN')
                and (select count(*) from cadres o where o.name like concat('%', c.name, '%')) = 1
                order by case when c.category = 'PRINCIPAL' then 0 else 1 end, c.cadre_code limit 1""");
        String name = (String) cadre.get("name");
        // Its place in the screen's order for the county (principals first, then by code), to scroll the grid to it.
        int index = jdbc.queryForObject("""
                select count(*) from cadres c join units u on u.id = c.unit_id where u.code = 'X04'
                and c.status = 'ACTIVE' and c.category in ('PRINCIPAL', 'TEAM_MEMBER')
                and (case when c.category = 'PRINCIPAL' then 0 else 1 end, c.cadre_code) < (?, ?)""", Integer.class,
                "PRINCIPAL".equals(cadre.get("category")) ? 0 : 1, cadre.get("cadre_code"));
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "assessment/grades");
        page.locator("#grades-plan").click();
        page.locator("vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText("E2E " + year)).click();
        // The plan's one group holds X04 only; its line shows once the page has loaded the plan.
        assertThat(page.locator("#grades-shares")).containsText("县市区（E2E）");
        page.locator("#grades-grid").evaluate("(g, i) => g.scrollToIndex(i)", index);
        Locator cell = page.locator("#grades-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(name)).first();
        assertThat(cell).isVisible();
        shot(page, "assessment-grades");
        cell.click();
        page.locator("#grade-select").click();
        page.locator("#grade-select vaadin-select-item[role=option]").filter(new Locator.FilterOptions().setHasText("不称职"))
                .click();
        shot(page, "assessment-grade-dialog");
        page.locator("#grade-save").click();
        assertThat(page.locator("#grades-grid")).containsText("不称职");

        // The proposal is raised after the grade's transaction commits; the clerk's list holds it last (oldest first).
        long id = awaitProposal((Long) cadre.get("id"));
        int open = jdbc.queryForObject("select count(*) from grade_proposals where open_cadre_id is not null",
                Integer.class);
        page.navigate(baseUrl() + "my-tasks");
        page.locator("#proposal-grid").evaluate("(g, i) => g.scrollToIndex(i)", open - 1);
        Locator proposal = page.locator("#proposal-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(name));
        assertThat(proposal.first()).isVisible();
        assertThat(page.locator("#proposal-grid")).containsText("不称职");
        page.locator("#proposal-open-" + id).click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']").click();
        page.waitForURL(Pattern.compile(".*/adjustment/\\d+"));
        assertThat(page.locator("body")).containsText("年度考核结果较差");
        assertThat(page.locator("body")).containsText(name);
        shot(page, "assessment-grade-case");
        page.close();
    }

    private long awaitProposal(long cadreId) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            List<Long> found = jdbc.queryForList("select id from grade_proposals where open_cadre_id = ?", Long.class,
                    cadreId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no proposal raised for cadre " + cadreId);
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
