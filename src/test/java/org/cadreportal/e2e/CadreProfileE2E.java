package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The 任免信息 tab in Chromium at 1366×768: a clerk's filled form, refusals on their fields, a reader without personal data. */
class CadreProfileE2E extends BrowserTest {

    /** Where the brief wants the screenshots the lead looks at. */
    private static final Path SHOTS = Path.of("/work/notes/shots");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aClerkSeesTheFilledProfileUploadsAPhotoAndBadInputIsRefusedOnItsField() throws IOException {
        long cadreId = jdbc.queryForObject("select min(a.cadre_id) from award_records a join cadres c"
                + " on c.id = a.cadre_id where a.kind = 'AWARD' and c.status = 'ACTIVE'", Long.class);
        String idNumber = jdbc.queryForObject("select id_number from cadres where id = ?", String.class, cadreId);
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "cadre/" + cadreId);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("任免信息")).click();
        Locator panel = page.locator("#appointment-profile");
        assertThat(panel).isVisible();
        assertThat(page.locator("#profile-idNumber input")).hasValue(idNumber);
        assertThat(page.locator("#profile-nativePlace input")).not().hasValue("");
        assertThat(page.locator("#profile-family-0-name input")).not().hasValue("");
        assertThat(page.locator("#profile-grades-3-year input")).hasValue("2025");
        assertThat(page.locator("#profile-resume textarea")).hasValue(java.util.regex.Pattern.compile(
                "\\d{4}\\.\\d{2}--\\d{4}\\.\\d{2}  .+\\d{4}\\.\\d{2}--\\s+\\S.*", java.util.regex.Pattern.DOTALL));

        page.locator("#profile-photo-upload input[type=file]").setInputFiles(portrait());
        assertThat(page.locator("#profile-photo img")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#profile-photo img'); return i && i.naturalWidth > 0; }");

        // A wrong check character and a 简历 line out of format: each refused on its own field, nothing saved.
        String wrong = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
        page.locator("#profile-idNumber input").fill(wrong);
        String resume = page.locator("#profile-resume textarea").inputValue();
        page.locator("#profile-resume textarea").fill(resume + "\n2026年 到任");
        page.locator("#save-appointment-profile").click();
        assertThat(page.locator("#profile-idNumber")).hasAttribute("invalid", "");
        assertThat(page.locator("#profile-idNumber")).containsText("校验位");
        assertThat(page.locator("#profile-resume")).containsText("第 " + (resume.lines().count() + 1) + " 行");
        Browser.screenshot(page, "profile-refused");
        assertThat(jdbc.queryForObject("select id_number from cadres where id = ?", String.class, cadreId))
                .isEqualTo(idNumber);

        page.locator("#profile-idNumber input").fill(idNumber);
        page.locator("#profile-resume-regenerate").click();
        assertThat(page.locator("#profile-resume-state")).containsText("由任职经历生成");
        page.locator("#save-appointment-profile").click();
        assertThat(page.getByText("已保存")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("任免信息")).isVisible();
        assertThat(page.locator("#appointment-profile")).isVisible();
        assertThat(page.locator("#profile-photo img")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('#profile-photo img'); return i && i.naturalWidth > 0; }");
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile.png")));
        page.locator("#profile-family").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-family.png")));
        page.setViewportSize(1366, 2000);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("profile-full.png")));
        page.close();
    }

    @Test
    void disciplineReadsTheProfileWithoutIdentityNumberOrFamily() {
        long cadreId = jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE' and cadre_code like 'GB%'",
                Long.class);
        Page page = browser.login(baseUrl(), DemoAccounts.DISCIPLINE, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "cadre/" + cadreId);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("任免信息")).click();
        assertThat(page.locator("#appointment-profile")).isVisible();
        assertThat(page.locator("#profile-personal-hidden")).isVisible();
        assertThat(page.locator("#profile-idNumber")).hasCount(0);
        assertThat(page.locator("#profile-family")).hasCount(0);
        assertThat(page.locator("#profile-nativePlace input")).not().hasValue("");
        assertThat(page.locator("#save-appointment-profile")).hasCount(0);
        assertThat(page.content()).doesNotContain(jdbc.queryForObject("select id_number from cadres where id = ?",
                String.class, cadreId));
        Browser.screenshot(page, "profile-discipline");
        page.close();
    }

    /** A small PNG portrait (head and shoulders on a blue ground), as a clerk would upload. */
    private static Path portrait() throws IOException {
        BufferedImage img = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(66, 133, 214));
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(40, 40, 48));
        g.fillRoundRect(30, 220, 180, 140, 90, 90);
        g.setColor(new Color(238, 205, 180));
        g.fillOval(75, 80, 90, 115);
        g.setColor(new Color(30, 30, 30));
        g.fillArc(72, 70, 96, 60, 0, 180);
        g.dispose();
        Path file = Files.createTempFile("portrait", ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
