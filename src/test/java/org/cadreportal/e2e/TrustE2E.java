package org.cadreportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.testing.EntryForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The trust journey in a real browser: a county clerk who types another county's cadre into the address
 * bar sees the same page as for a cadre that does not exist; hostile text in a form is refused on its field
 * or, where it is allowed, shown as text and never run; and the administrator finds the attempt in 访问日志.
 */
class TrustE2E extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final String NOT_FOUND = "您要找的页面或记录不存在，或您无权查看。";
    private static final String MARKUP = "<img src=x onerror=alert(1)>表现突出";
    private static final String CLOSING_SCRIPT = "</script><img src=x onerror=\"window.__trust=1;alert(2)\">报送";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService accounts;

    @Test
    void another_countys_cadre_looks_missing_hostile_text_stays_text_and_the_attempt_is_logged() {
        long outside = jdbc.queryForObject("select min(c.id) from cadres c join units u on u.id = c.unit_id"
                + " where u.path not like (select concat(path, '%') from units where code = 'X01')", Long.class);
        String insider = jdbc.queryForObject("select c.name from cadres c join units u on u.id = c.unit_id"
                + " where u.path like (select concat(path, '%') from units where code = 'X01') and c.status = 'ACTIVE'"
                + " order by c.id limit 1", String.class);

        Page clerk = browser.login(baseUrl(), DemoAccounts.COUNTY_CLERK, DemoAccounts.PASSWORD);
        assertThat(clerk.locator("#current-user")).isVisible();
        AtomicReference<String> alert = new AtomicReference<>();
        clerk.onDialog(d -> {
            alert.set(d.message());
            d.dismiss();
        });

        clerk.navigate(baseUrl() + "cadre/99999999");
        assertThat(clerk.getByText(NOT_FOUND)).isVisible();
        String missing = clerk.locator("body").innerText();
        clerk.navigate(baseUrl() + "cadre/" + outside);
        assertThat(clerk.getByText(NOT_FOUND)).isVisible();
        org.assertj.core.api.Assertions.assertThat(clerk.locator("body").innerText())
                .as("another county's cadre reads exactly like a missing one").isEqualTo(missing);
        Browser.screenshot(clerk, "60-out-of-scope-cadre");

        clerk.navigate(baseUrl() + "awards");
        clerk.locator("#award-add").click();
        clerk.locator("#award-cadre input").fill(insider);
        clerk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(insider)).first().click();
        clerk.locator("#award-type").click();
        clerk.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("嘉奖").setExact(true)).click();
        Locator decided = clerk.locator("#award-decided input");
        decided.fill(LocalDate.now(clock).minusDays(3).format(PICKER));
        decided.press("Enter");
        clerk.locator("#award-issued-by input").fill("东安县委\u0007");
        clerk.locator("#award-document-no input").fill("东发〔2026〕9号");
        clerk.locator("#award-reason textarea").fill(MARKUP);
        clerk.locator("#award-save").click();
        assertThat(clerk.locator("#award-issued-by")).hasAttribute("invalid", "");
        assertThat(clerk.locator("#award-issued-by")).containsText("不能包含控制字符或文字方向控制符");
        Browser.screenshot(clerk, "61-control-character-refused-on-its-field");

        clerk.locator("#award-issued-by input").fill("东安县委");
        clerk.locator("#award-save").click();
        assertThat(clerk.locator("#award-save")).isHidden();
        assertThat(clerk.locator("#award-grid")).containsText(MARKUP);
        org.assertj.core.api.Assertions.assertThat(clerk.locator("#award-grid img[src='x']").count())
                .as("the markup is text in the grid, not an element").isZero();
        org.assertj.core.api.Assertions.assertThat(alert.get()).as("no script ran").isNull();
        Browser.screenshot(clerk, "62-markup-shown-as-text");

        Page admin = browser.login(baseUrl(), DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        admin.navigate(baseUrl() + "admin/access-log");
        admin.locator("#access-action").click();
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("越权访问").setExact(true)).click();
        Locator grid = admin.locator("#access-grid");
        assertThat(grid).containsText(DemoAccounts.COUNTY_CLERK_NAME);
        assertThat(grid).containsText("#" + outside);
        assertThat(grid).containsText("干部信息");
        Browser.screenshot(admin, "63-access-log-denied");
    }

    /**
     * Found by the outside tester: the first page's state is written into the page as a script, so a text that
     * closes a script, saved by one user, ran as markup for whoever opened it by a link or reloaded the page.
     */
    @Test
    void a_text_that_closes_a_script_stays_text_when_its_page_is_loaded_afresh() {
        long period = jdbc.queryForObject("select id from filing_periods where deadline >= ?"
                + " order by starts_on desc, id desc limit 1", Long.class, LocalDate.now(clock));
        long cadre = jdbc.queryForObject("select c.id from cadres c join units u on u.id = c.unit_id where u.path like"
                + " (select concat(path, '%') from units where code = 'X01') and c.status = 'ACTIVE' order by c.id"
                + " limit 1", Long.class);
        EntryForm form = EntryForms.lead(period, 1L, CLOSING_SCRIPT, "完成", "好");
        AsUser as = new AsUser(accounts);
        EntryDetails draft = as.call(DemoAccounts.COUNTY_CLERK, () -> archive.create(cadre, form));
        try {
            Page clerk = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
            AtomicReference<String> alert = new AtomicReference<>();
            clerk.onDialog(d -> {
                alert.set(d.message());
                d.dismiss();
            });
            for (int load = 0; load < 2; load++) {
                if (load == 0) {
                    clerk.navigate(baseUrl() + "archive/entry/" + draft.row().id());
                } else {
                    clerk.reload();
                }
                assertThat(clerk.getByText(CLOSING_SCRIPT)).isVisible();
                org.assertj.core.api.Assertions.assertThat(clerk.locator("img[src='x']").count())
                        .as("the markup after the closed script is text, not an element").isZero();
                org.assertj.core.api.Assertions.assertThat(clerk.evaluate("() => window.__trust === undefined"))
                        .as("no script ran").isEqualTo(true);
                org.assertj.core.api.Assertions.assertThat(alert.get()).as("no dialog opened").isNull();
            }
            Browser.screenshot(clerk, "64-closing-script-shown-as-text");
        } finally {
            as.call(DemoAccounts.COUNTY_CLERK, () -> {
                archive.deleteDraft(draft.row().id(), draft.version());
                return null;
            });
        }
    }
}
