package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.EnumSet;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.archive.ui.ArchiveListView;
import org.cadreportal.archive.ui.EntryView;
import org.cadreportal.archive.ui.MyArchiveView;
import org.cadreportal.archive.ui.ReviewQueueView;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a cadre and clerks of different scopes see of 一人一档, and what they can do there. */
class ArchiveViewTest extends ViewTest {

    private static final String PERIOD = "视图测试周期";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArchiveService archive;

    @Autowired
    UserDetailsService users;

    private long periodId;

    /** A period open today for every category, made once for this class through the service. */
    @BeforeEach
    void openPeriod() {
        Long existing = jdbc.query("select id from filing_periods where name_zh = ?", rs -> rs.next() ? rs.getLong(1)
                : null, PERIOD);
        if (existing != null) {
            periodId = existing;
            return;
        }
        PeriodForm f = new PeriodForm();
        f.setNameZh(PERIOD);
        f.setNameEn("View test period");
        f.setStartsOn(LocalDate.now().minusDays(30));
        f.setEndsOn(LocalDate.now().plusDays(30));
        f.setDeadline(LocalDate.now().plusDays(45));
        f.setCategories(EnumSet.allOf(CadreCategory.class));
        periodId = new AsUser(users).call(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
    }

    private long ownCadre() {
        return jdbc.queryForObject("select cadre_id from user_accounts where username = ?", Long.class,
                DemoAccounts.CADRE);
    }

    private long scopedCount(String username) {
        return jdbc.queryForObject("""
                select count(*) from achievement_entries e join cadres c on c.id = e.cadre_id
                join units u on u.id = c.unit_id, user_accounts a join units s on s.id = a.scope_unit_id
                where a.username = ? and u.path like concat(s.path, '%')""", Long.class, username);
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @SuppressWarnings("unchecked")
    private Grid<EntryRow> grid(String id) {
        return (Grid<EntryRow>) $(Grid.class).id(id);
    }

    /** An entry in the test's period with the given texts. */
    private EntryForm entryForm(String whatDone, String achieved, String effect) {
        EntryForm f = new EntryForm();
        f.setPeriodId(periodId);
        f.setFieldId(1L);
        f.setLevelId(24L);
        f.setCategoryId(41L);
        f.setRole(WorkRole.TAKE_PART);
        f.setWhatDone(whatDone);
        f.setAchieved(achieved);
        f.setEffect(effect);
        return f;
    }

    /** Files an entry as another cadre would (through the service, by a clerk on their behalf). */
    private long entryOfAnotherCadre(String unitCodePrefix) {
        return entryOfAnotherCadre(unitCodePrefix, DemoAccounts.CLERK);
    }

    /** A draft filed by {@code filer} on the behalf of a cadre other than the demo cadre. */
    private long entryOfAnotherCadre(String unitCodePrefix, String filer) {
        long other = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like ? and c.id <> ?""", Long.class, unitCodePrefix + "%",
                ownCadre());
        EntryForm f = entryForm("参与县城污水管网改造", "完成管网12公里", "生活污水收集率提高到95%");
        return new AsUser(users).call(filer, () -> archive.create(other, f)).row().id();
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void anEmptyEntryIsMarkedAtItsMissingFieldsBeforeAnySubmissionIsConfirmed() {
        navigate(EntryView.class, "new");
        TextArea whatDone = $(TextArea.class).id("entry-what-done");
        assertThat(whatDone.isRequiredIndicatorVisible()).as("the three texts are marked required").isTrue();
        assertThat($(TextArea.class).id("entry-effect").isRequiredIndicatorVisible()).isTrue();
        test($(Button.class).id("entry-submit")).click();
        assertThat($(ConfirmDialog.class).all()).as("no confirmation of a submission that would be refused").isEmpty();
        assertThat(whatDone.isInvalid()).isTrue();
        assertThat(whatDone.getErrorMessage()).isEqualTo("必填项");
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    @SuppressWarnings("unchecked")
    void aCadreFilesADraftAndSeesOnlyTheirOwnEntries() {
        entryOfAnotherCadre("X01");
        navigate(EntryView.class, "new");
        ((Select<Long>) $(Select.class).id("entry-period")).setValue(periodId);
        ((Select<Long>) $(Select.class).id("entry-field")).setValue(2L);
        ((Select<Long>) $(Select.class).id("entry-level")).setValue(25L);
        ((Select<Long>) $(Select.class).id("entry-category")).setValue(43L);
        ((RadioButtonGroup<WorkRole>) $(RadioButtonGroup.class).id("entry-role")).setValue(WorkRole.LEAD);
        test($(TextArea.class).id("entry-what-done")).setValue("牵头引进新能源电池配套项目");
        test($(TextArea.class).id("entry-achieved")).setValue("项目签约落地并开工");
        test($(TextArea.class).id("entry-effect")).setValue("总投资5亿元，预计带动就业300人");
        test($(Button.class).id("entry-save")).click();

        Long saved = jdbc.queryForObject("""
                select max(id) from achievement_entries where cadre_id = ? and what_done = '牵头引进新能源电池配套项目'
                and status = 'DRAFT' and proxy_by is null""", Long.class, ownCadre());
        assertThat(saved).as("the draft is stored as the cadre's own").isNotNull();
        assertThat(present("entry-submit")).as("the saved draft can be submitted from its page").isTrue();

        navigate(MyArchiveView.class);
        Grid<EntryRow> mine = grid("my-archive-grid");
        long own = jdbc.queryForObject("select count(*) from achievement_entries where cadre_id = ?", Long.class,
                ownCadre());
        assertThat(test(mine).size()).isEqualTo((int) own);
        for (int i = 0; i < test(mine).size(); i++) {
            assertThat(test(mine).getRow(i).cadreId()).isEqualTo(ownCadre());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aReminderToFileIsOnTheCadresHomePageAfterSignIn() {
        PeriodForm f = new PeriodForm();
        f.setNameZh("提醒测试周期" + System.nanoTime());
        f.setNameEn("Reminder test");
        f.setStartsOn(LocalDate.now().minusDays(10));
        f.setEndsOn(LocalDate.now().plusDays(10));
        f.setDeadline(LocalDate.now().plusDays(20));
        AsUser as = new AsUser(users);
        long period = as.call(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
        try {
            int reminded = as.call(DemoAccounts.COUNTY_CLERK, () -> archive.remindMissingFilers(period));
            assertThat(reminded).isEqualTo(jdbc.queryForObject("""
                    select count(*) from cadres c join units u on u.id = c.unit_id
                    where c.status = 'ACTIVE' and u.code like 'X01%'""", Integer.class));
            assertThat(as.call(DemoAccounts.CLERK, () -> archive.remindMissingFilers(period)))
                    .as("the city clerk's click the same day reminds only those the county clerk did not")
                    .isEqualTo(jdbc.queryForObject("select count(*) from cadres where status = 'ACTIVE'", Integer.class)
                            - reminded);
            assertThat(jdbc.queryForObject("select count(*) from notices where title like ?", Integer.class,
                    "archive.notice.remind.title|" + f.getNameZh() + "|%")).as("nobody got it twice")
                    .isEqualTo(jdbc.queryForObject("select count(*) from cadres where status = 'ACTIVE'", Integer.class));

            navigate(HomeView.class);
            assertThat(present("home-unread-notices")).isTrue();
            assertThat($(Div.class).id("home-unread-notices").getElement().getTextRecursively())
                    .contains("请填报" + f.getNameZh() + "实绩");
        } finally {
            // Other tests read the demo cadre's unread notices; these were only for this test.
            jdbc.update("delete from notices where title like ?", "archive.notice.remind.title|" + f.getNameZh() + "|%");
        }
    }

    /** The line of the home page's filing card that names the view test's period. */
    private String filingLine() {
        return $(Div.class).id("home-filing-open").getChildren()
                .map(c -> c.getElement().getTextRecursively()).filter(t -> t.startsWith(PERIOD)).findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void theCadresHomePageShowsTheOpenPeriodItsDeadlineAndWhetherTheyHaveFiled() {
        LocalDate deadline = jdbc.queryForObject("select deadline from filing_periods where id = ?", LocalDate.class,
                periodId);
        assertThat(jdbc.queryForObject("select count(*) from achievement_entries where cadre_id = ?"
                + " and period_id = ? and status <> 'DRAFT'", Long.class, ownCadre(), periodId))
                .as("nothing filed for the test's period yet").isZero();
        EntryForm f = entryForm("首页卡片测试", "完成", "有效");
        var draft = archive.create(null, f);

        navigate(HomeView.class);
        assertThat(filingLine()).as("a draft is not a filing, but is not nothing either")
                .isEqualTo(PERIOD + "截止日期 " + deadline + "草稿未提交");
        assertThat($(com.vaadin.flow.router.RouterLink.class).all()).extracting(l -> l.getHref())
                .contains("my-archive");

        archive.submit(draft.row().id(), draft.version());
        navigate(HomeView.class);
        assertThat(filingLine()).endsWith("已填报");
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aPeriodNotAskingForTheCadresCategoryIsNotAnnouncedOrOfferedToThem() {
        CadreCategory own = CadreCategory.valueOf(jdbc.queryForObject("select category from cadres where id = ?",
                String.class, ownCadre()));
        PeriodForm f = new PeriodForm();
        f.setNameZh("他类干部填报期");
        f.setNameEn("Other categories' period");
        f.setStartsOn(LocalDate.now().minusDays(10));
        f.setEndsOn(LocalDate.now().plusDays(10));
        f.setDeadline(LocalDate.now().plusDays(20));
        f.setCategories(EnumSet.complementOf(EnumSet.of(own)));
        long other = new AsUser(users).call(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
        try {
            navigate(HomeView.class);
            assertThat($(Div.class).id("home-filing-open").getElement().getTextRecursively())
                    .contains(PERIOD).doesNotContain(f.getNameZh());
            navigate(MyArchiveView.class);
            assertThat($(Paragraph.class).all()).extracting(p -> p.getText())
                    .anyMatch(t -> t.contains(PERIOD)).noneMatch(t -> t.contains(f.getNameZh()));
            navigate(EntryView.class, "new");
            @SuppressWarnings("unchecked")
            Select<Long> period = $(Select.class).id("entry-period");
            assertThat(period.getListDataView().getItems()).as("the new entry's periods")
                    .contains(periodId).doesNotContain(other);
            EntryForm e = entryForm("周期选择测试", "完成", "有效");
            long draft = archive.create(null, e).row().id();
            navigate(EntryView.class, String.valueOf(draft));
            @SuppressWarnings("unchecked")
            Select<Long> editing = $(Select.class).id("entry-period");
            assertThat(editing.getListDataView().getItems()).as("an edited entry's periods")
                    .contains(periodId).doesNotContain(other);
        } finally {
            jdbc.update("delete from filing_period_categories where period_id = ?", other);
            jdbc.update("delete from filing_periods where id = ?", other);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerksHomePageHasNoFilingCard() {
        navigate(HomeView.class);
        assertThat(present("home-filing-open")).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreOpeningSomeoneElsesEntryByAddressSeesAMissingRecord() {
        long foreign = entryOfAnotherCadre("X01");
        try {
            navigate(EntryView.class, String.valueOf(foreign));
        } catch (RuntimeException expected) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesTheCountysEntriesOnlyAndNotAnotherCountysByAddress() {
        entryOfAnotherCadre("X01");
        long elsewhere = entryOfAnotherCadre("X02");
        navigate(ArchiveListView.class);
        long expected = scopedCount(DemoAccounts.COUNTY_CLERK);
        assertThat(expected).isPositive().isLessThan(scopedCount(DemoAccounts.CLERK));
        assertThat(test(grid("archive-grid")).size()).isEqualTo((int) expected);
        try {
            navigate(EntryView.class, String.valueOf(elsewhere));
        } catch (RuntimeException expectedError) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aClerkFilesOnBehalfOfACadreInScopeOnlyAndSeesWhoFor() {
        long inCounty = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like 'X01%'""", Long.class);
        String name = jdbc.queryForObject("select name from cadres where id = ?", String.class, inCounty);
        UI.getCurrent().navigate(EntryView.class, "new",
                QueryParameters.of("cadre", String.valueOf(inCounty)));
        assertThat($(Paragraph.class).all()).extracting(p -> p.getText())
                .anyMatch(text -> text.contains("您正在代" + name));
        assertThat(present("entry-save")).isTrue();

        long elsewhere = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like 'X02%'""", Long.class);
        try {
            UI.getCurrent().navigate(EntryView.class, "new",
                    QueryParameters.of("cadre", String.valueOf(elsewhere)));
        } catch (RuntimeException expected) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkReturnsASubmittedEntryWithAReasonAndItIsRecorded() {
        // Filed and submitted by the county clerk: the reviewer must be another clerk (four eyes).
        long id = entryOfAnotherCadre("X01", DemoAccounts.COUNTY_CLERK);
        new AsUser(users).call(DemoAccounts.COUNTY_CLERK, () -> archive.submit(id, archive.get(id).version()));
        navigate(ReviewQueueView.class);
        assertThat(test(grid("review-grid")).size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from achievement_entries where status = 'SUBMITTED'", Integer.class));

        navigate(EntryView.class, String.valueOf(id));
        test($(Button.class).id("review-return")).click();
        assertThat(jdbc.queryForObject("select status from achievement_entries where id = ?", String.class, id))
                .as("no reason, no return").isEqualTo("SUBMITTED");
        assertThat($(TextArea.class).id("review-reason").isInvalid()).isTrue();

        test($(TextArea.class).id("review-reason")).setValue("成效数据缺少佐证材料");
        test($(Button.class).id("review-return")).click();
        assertThat(jdbc.queryForObject("select status from achievement_entries where id = ?", String.class, id))
                .isEqualTo("RETURNED");
        assertThat(jdbc.queryForList("select to_status from entry_transitions where entry_id = ? order by id",
                String.class, id)).containsExactly("DRAFT", "SUBMITTED", "RETURNED");
        assertThat(present("review-panel")).as("a returned entry is no longer reviewable").isFalse();
        @SuppressWarnings("unchecked")
        Grid<HistoryEntry> versions = (Grid<HistoryEntry>) $(Grid.class).id("history-grid");
        assertThat(test(versions).size()).as("created, submitted, returned").isEqualTo(3);
        assertThat(test(versions).getRow(0).changes()).extracting(HistoryEntry.FieldChange::field)
                .contains("status", "returnReason");
        assertThat(present("entry-save")).as("a clerk can fix an entry filed on the cadre's behalf").isTrue();
    }
}
