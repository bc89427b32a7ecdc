package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.HostileLrmx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A clerk exports a cadre's LRMX from the cadre's page, imports it back unchanged, and is shown a broken copy's field. */
class LrmxE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportImportBackAndABrokenCopyIsNamedByFileAndField() throws IOException {
        long id = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "cadre/" + id);
        Download download = page.waitForDownload(() -> page.locator("#export-lrmx").click());
        Path exported = Files.createTempFile("cadre-", ".lrmx");
        download.saveAs(exported);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".lrmx");

        page.navigate(baseUrl() + "cadres");
        page.locator("#import-lrmx").click();
        page.locator("#lrmx-upload input[type=file]").setInputFiles(exported);
        assertThat(page.locator("#lrmx-message")).containsText("新增0人，更新0人，1人无变化");

        String xml = Files.readString(exported, StandardCharsets.UTF_8);
        String birth = xml.substring(xml.indexOf("<ChuShengNianYue>"), xml.indexOf("</ChuShengNianYue>"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("原样.lrmx", xml.getBytes(StandardCharsets.UTF_8));
        files.put("改坏的.lrmx", xml.replace(birth, "<ChuShengNianYue>1975-13").getBytes(StandardCharsets.UTF_8));
        Path zip = Files.createTempFile("batch-", ".zip");
        Files.write(zip, HostileLrmx.zip(files));
        assertThat(page.locator("#lrmx-upload vaadin-upload-file")).hasCount(0);
        page.locator("#lrmx-upload input[type=file]").setInputFiles(zip);
        assertThat(page.locator("#lrmx-message")).containsText("未导入任何数据");
        assertThat(page.locator("#lrmx-errors")).containsText("改坏的.lrmx");
        assertThat(page.locator("#lrmx-errors")).containsText("出生年月");
        Browser.screenshot(page, "lrmx-import-refused");
        page.close();
    }
}
