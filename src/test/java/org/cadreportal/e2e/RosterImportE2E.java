package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A county clerk exports the roster, imports it back, and is shown every bad row of a broken copy. */
class RosterImportE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportImportBackAndABrokenCopyIsRefusedRowByRow() throws IOException {
        Page page = browser.login(baseUrl(), DemoAccounts.COUNTY_CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "cadres");
        assertThat(page.locator("#cadre-grid")).isVisible();

        Download download = page.waitForDownload(() -> page.locator("#export-cadres").click());
        Path exported = Files.createTempFile("roster-", ".xlsx");
        download.saveAs(exported);
        long inCounty = jdbc.queryForObject("""
                select count(*) from cadres c join units u on u.id = c.unit_id where c.status = 'ACTIVE'
                and u.path like concat((select path from units where code = ?), '%')""", Long.class,
                DemoAccounts.COUNTY_CODE);

        page.locator("#import-roster").click();
        page.locator("#roster-upload input[type=file]").setInputFiles(exported);
        assertThat(page.locator("#roster-message")).containsText("新增0人，更新" + inCounty + "人");

        Path broken = breakSecondRow(exported);
        // The finished file leaves the list, so the clerk can choose the next one straight away.
        assertThat(page.locator("#roster-upload vaadin-upload-file")).hasCount(0);
        page.locator("#roster-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#roster-message")).containsText("未导入任何数据");
        assertThat(page.locator("#roster-errors")).isVisible();
        assertThat(page.locator("#roster-errors")).containsText("姓名");
        assertThat(page.locator("#roster-errors")).containsText("大官");
        Browser.screenshot(page, "07-roster-import-refused");
        page.close();
    }

    /** Blanks the name and garbles the rank of the first cadre, as a careless edit in Excel would. */
    private static Path breakSecondRow(Path exported) throws IOException {
        Path broken = Files.createTempFile("roster-broken-", ".xlsx");
        try (InputStream in = Files.newInputStream(exported); Workbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(broken)) {
            Row first = wb.getSheetAt(0).getRow(1);
            // New cells: POI keeps the old inline text of an exported cell when only its value is set.
            first.removeCell(first.getCell(1));
            first.createCell(1).setCellValue("");
            first.removeCell(first.getCell(10));
            first.createCell(10).setCellValue("大官");
            wb.write(out);
        }
        return broken;
    }
}
