package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.base.ui.PortalLocales;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.notification.ui.MyNoticesView;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.ui.FigureView;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Texts the portal writes for later display (a timeline line, a notice, a drill-down detail, a step record)
 * read in the language of the reader's UI: English under the English UI, Chinese under the Chinese one, from
 * the same stored row (issue 19, finding 9). A text stored in Chinese would show Chinese under both.
 */
class EnglishUiViewTest extends ViewTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService userDetails;

    private static String en(String key, Object... args) {
        return UI.getCurrent().getTranslation(Locale.ENGLISH, key, args);
    }

    private static String zh(String key, Object... args) {
        return UI.getCurrent().getTranslation(PortalLocales.CHINESE, key, args);
    }

    private static void useEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static void useChinese() {
        UI.getCurrent().setLocale(PortalLocales.CHINESE);
    }

    /** The English text the test expects: really English, and not what the Chinese UI shows. */
    private static String english(String key, Object... args) {
        String text = en(key, args);
        assertThat(text).as(key + " in translations_en").isNotEqualTo(key).isNotEqualTo(zh(key, args));
        return text;
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(EnglishUiViewTest::descendants));
    }

    // 1. 实绩时间轴: the impact period the adjustment timeline adds to a decided 下 case.

    private String timelineDetail(long cadreId, long caseId) {
        navigate(CadreView.class, String.valueOf(cadreId));
        TabSheet tabs = $(TabSheet.class).id("cadre-tabs");
        String label = UI.getCurrent().getTranslation("cadre.tab.timeline");
        Tab timeline = $(Tab.class).all().stream().filter(t -> label.equals(t.getLabel())).findFirst().orElseThrow();
        tabs.setSelectedTab(timeline);
        Div panel = $(Div.class).id("cadre-timeline");
        Component entry = panel.getChildren()
                .filter(e -> descendants(e).anyMatch(a -> a instanceof Anchor link
                        && ("adjustment/" + caseId).equals(link.getHref())))
                .findFirst().orElseThrow(() -> new AssertionError("no timeline entry of case " + caseId));
        // The entry is its head (kind, case number, date) and its detail line.
        return text(entry.getChildren().skip(1).findFirst().orElseThrow());
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aTimelineLineOfADecidedCaseReadsInTheUisLanguage() {
        Map<String, Object> decided = jdbc.queryForMap("""
                select id, cadre_id, impact_until from adjustment_cases where status = 'COMPLETED'
                and effective_date is not null and impact_until is not null order by id limit 1""");
        long caseId = ((Number) decided.get("id")).longValue();
        long cadreId = ((Number) decided.get("cadre_id")).longValue();
        String until = ((java.sql.Date) decided.get("impact_until")).toLocalDate().toString();
        String impact = english("timeline.detail.impactUntil", until);

        useEnglish();
        String shown = timelineDetail(cadreId, caseId);
        assertThat(shown).endsWith(impact).contains(until);
        assertThat(HAN.matcher(impact).find()).as("the portal's words are English: " + impact).isFalse();

        useChinese();
        assertThat(timelineDetail(cadreId, caseId)).endsWith(zh("timeline.detail.impactUntil", until))
                .doesNotContain(impact);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aRecordedAnnualGradeOnTheTimelineReadsInTheUisLanguage() {
        Map<String, Object> g = jdbc.queryForMap(
                "select cadre_id, grade_year, grade from cadre_annual_grades order by id limit 1");
        String cadreId = String.valueOf(g.get("cadre_id"));
        String year = String.valueOf(g.get("grade_year"));
        String grade = "annualGrade." + g.get("grade");
        String title = english("timeline.grade.title", year, en(grade));
        assertThat(HAN.matcher(title).find()).as("the portal's words are English: " + title).isFalse();

        useEnglish();
        assertThat(timelineText(cadreId)).contains(title);
        useChinese();
        assertThat(timelineText(cadreId)).contains(year + "年度考核" + zh(grade)).doesNotContain(title);
    }

    private String timelineText(String cadreId) {
        navigate(CadreView.class, cadreId);
        String label = UI.getCurrent().getTranslation("cadre.tab.timeline");
        $(TabSheet.class).id("cadre-tabs").setSelectedTab($(Tab.class).all().stream()
                .filter(t -> label.equals(t.getLabel())).findFirst().orElseThrow());
        return text($(Div.class).id("cadre-timeline"));
    }

    // 2. 我的消息: the reminder to file achievements, sent by a county clerk to the demo cadre.

    private String noticeText(long id, String part) {
        navigate(HomeView.class);
        navigate(MyNoticesView.class);
        Component notice = $(Component.class).id("notice-" + id);
        return descendants(notice).filter(c -> c.getElement().getClassList().contains(part)).map(EnglishUiViewTest::text)
                .findFirst().orElseThrow(() -> new AssertionError("no " + part + " in notice " + id));
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aNoticeTheCadreWasSentReadsInTheUisLanguage() {
        PeriodForm f = new PeriodForm();
        f.setNameZh("英文界面测试：2002年第一季度" + System.nanoTime());
        f.setNameEn("English UI test, 2002 Q1");
        f.setStartsOn(LocalDate.of(2002, 1, 1));
        f.setEndsOn(LocalDate.of(2002, 3, 31));
        f.setDeadline(LocalDate.of(2002, 4, 15));
        AsUser as = new AsUser(userDetails);
        long period = as.call(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
        String stored = "archive.notice.remind.title|" + f.getNameZh() + "|%";
        try {
            assertThat(as.call(DemoAccounts.COUNTY_CLERK, () -> archive.remindMissingFilers(period))).isPositive();
            long id = jdbc.queryForObject("""
                    select n.id from notices n join user_accounts a on a.cadre_id = n.cadre_id
                    where a.username = ? and n.title like ?""", Long.class, DemoAccounts.CADRE, stored);
            String title = english("archive.notice.remind.title", f.getNameZh(), f.getNameEn());
            String body = english("archive.notice.remind.body", f.getNameZh(), f.getNameEn(), f.getDeadline().toString());

            useEnglish();
            assertThat(noticeText(id, "portal-record-title")).isEqualTo(title).contains(f.getNameEn());
            assertThat(noticeText(id, "portal-notice-body")).isEqualTo(body);
            assertThat(HAN.matcher(title + body).find()).as("the notice is English: " + title + " " + body).isFalse();

            useChinese();
            assertThat(noticeText(id, "portal-record-title"))
                    .isEqualTo(zh("archive.notice.remind.title", f.getNameZh(), f.getNameEn())).contains(f.getNameZh());
            assertThat(noticeText(id, "portal-notice-body"))
                    .isEqualTo(zh("archive.notice.remind.body", f.getNameZh(), f.getNameEn(), f.getDeadline().toString()));
        } finally {
            // Other tests read the demo cadre's unread notices; these were only for this test.
            jdbc.update("delete from notices where title like ?", stored);
        }
    }

    // 3. 数据看板 drill-down: the items that turned red in 2025, each with how often.

    private List<String> redDetails() {
        UI.getCurrent().navigate(FigureView.class, "supervision.itemsRed",
                QueryParameters.simple(Map.of("from", "2025-01-01", "to", "2025-12-31")));
        assertThat(getCurrentView()).isInstanceOf(FigureView.class);
        @SuppressWarnings("unchecked")
        Grid<FigureRecord> grid = $(Grid.class).id("figure-grid");
        var rows = test(grid);
        assertThat(rows.size()).as("items turned red in 2025").isPositive();
        return Stream.of(0, rows.size() - 1).map(i -> rows.getRow(i).id() + "\t" + rows.getCellText(i, 3)).toList();
    }

    private long timesRed(long itemId) {
        return jdbc.queryForObject("""
                select count(*) from light_changes where item_id = ? and to_light = 'RED'
                and changed_on between '2025-01-01' and '2025-12-31'""", Long.class, itemId);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aDrillDownRecordsDetailReadsInTheUisLanguage() {
        useEnglish();
        for (String row : redDetails()) {
            long item = Long.parseLong(row.substring(0, row.indexOf('\t')));
            String detail = row.substring(row.indexOf('\t') + 1);
            assertThat(detail).isEqualTo(english("figure.detail.redTimes", String.valueOf(timesRed(item))));
            assertThat(HAN.matcher(detail).find()).as("the detail is English: " + detail).isFalse();
        }

        useChinese();
        for (String row : redDetails()) {
            long item = Long.parseLong(row.substring(0, row.indexOf('\t')));
            assertThat(row.substring(row.indexOf('\t') + 1))
                    .isEqualTo(zh("figure.detail.redTimes", String.valueOf(timesRed(item))));
        }
    }

    // 4. 办理记录: how each member voted at 讨论决定, as the decision step recorded it.

    private List<String> recordedVotes(long caseId) {
        navigate(CaseView.class, caseId);
        String label = UI.getCurrent().getTranslation("common.label",
                UI.getCurrent().getTranslation("adjustment.field.votes"));
        Div records = $(Div.class).id("case-records");
        List<String> values = descendants(records)
                .filter(c -> c.getElement().getClassList().contains("portal-record-line"))
                .map(line -> line.getChildren().map(EnglishUiViewTest::text).toList())
                .filter(spans -> spans.size() == 2 && spans.getFirst().equals(label))
                .map(List::getLast).toList();
        assertThat(values).as("the 讨论决定 record's votes").hasSize(1);
        return List.of(values.getFirst().split("\n"));
    }

    /** Each seat's line as the Chinese or English UI should show it, from the seats the case keeps. */
    private List<String> expectedVotes(long caseId, Locale locale) {
        return jdbc.query("select display_name, attended, vote from meeting_seats where case_id = ?", (rs, n) -> {
            String seat = !rs.getBoolean("attended") ? "adjustment.seat.absent"
                    : rs.getString("vote") == null ? "adjustment.seat.notVoted"
                    : Vote.valueOf(rs.getString("vote")).labelKey();
            UI ui = UI.getCurrent();
            return ui.getTranslation(locale, "adjustment.votes.seat", rs.getString("display_name"),
                    ui.getTranslation(locale, seat));
        }, caseId);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aStepRecordOfADecidedCaseReadsInTheUisLanguage() {
        long caseId = jdbc.queryForObject("""
                select min(a.id) from adjustment_cases a where a.status = 'COMPLETED' and exists (
                select 1 from step_records r where r.case_type = 'ADJUSTMENT' and r.case_id = a.id
                and r.details like '%adjustment.votes.seat%')""", Long.class);
        String agree = english(Vote.AGREE.labelKey());

        useEnglish();
        List<String> shown = recordedVotes(caseId);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expectedVotes(caseId, Locale.ENGLISH))
                .anyMatch(line -> line.endsWith(" " + agree));
        assertThat(shown).allSatisfy(line -> assertThat(HAN.matcher(line.substring(line.lastIndexOf(' ') + 1)).find())
                .as("the vote is English: " + line).isFalse());

        useChinese();
        assertThat(recordedVotes(caseId))
                .containsExactlyInAnyOrderElementsOf(expectedVotes(caseId, PortalLocales.CHINESE))
                .noneMatch(line -> line.endsWith(" " + agree));
    }
}
