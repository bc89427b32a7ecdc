package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessRow;
import org.cadreportal.audit.ui.AccessLogView;
import org.cadreportal.base.CalendarDayRow;
import org.cadreportal.base.DayKind;
import org.cadreportal.base.ui.CalendarAdminView;
import org.cadreportal.base.ui.NotFoundView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator's working-day calendar and access log; both closed to everyone else. */
class AdminCalendarViewTest extends ViewTest {

    /** A day no seed and no other test lists; removed again after each test. */
    private static final LocalDate TEST_DAY = LocalDate.of(2099, 6, 1);
    /** Access log entries of these tests carry this label, so they can be found and removed. */
    private static final String LABEL = "视图测试：访问日志";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessLog accessLog;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("delete from calendar_days where calendar_date = ?", TEST_DAY);
        jdbc.update("delete from calendar_days_aud where calendar_date = ?", TEST_DAY);
        jdbc.update("delete from access_log where record_label like ?", LABEL + "%");
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @SuppressWarnings("unchecked")
    private void showYear(int year) {
        Select<Integer> select = $(Select.class).id("calendar-year");
        select.setValue(year);
    }

    /** The edit (0) or delete (1) button of a calendar row. */
    private Button rowButton(Grid<CalendarDayRow> grid, int row, int which) {
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 4);
        return (Button) actions.getComponentAt(which);
    }

    private void fillDialog(LocalDate day, String kind, String name) {
        if (day != null) {
            test($(DatePicker.class).id("calendar-day")).setValue(day);
        }
        @SuppressWarnings("unchecked")
        Select<DayKind> kinds = $(Select.class).id("calendar-kind");
        test(kinds).selectItem(kind);
        test($(TextField.class).id("calendar-name")).setValue(name);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorSeesTheYearsHolidaysAndMakeUpDaysInDateOrder() {
        navigate(CalendarAdminView.class);
        showYear(2026);
        Grid<CalendarDayRow> grid = grid("calendar-grid");
        List<CalendarDayRow> days = rows(grid);
        long listed = jdbc.queryForObject(
                "select count(*) from calendar_days where calendar_date between '2026-01-01' and '2026-12-31'", Long.class);
        assertThat(days).hasSize((int) listed).hasSizeGreaterThan(30);
        assertThat(days).extracting(CalendarDayRow::day).isSortedAccordingTo(Comparator.naturalOrder())
                .allMatch(d -> d.getYear() == 2026);

        int nationalDay = days.stream().map(CalendarDayRow::day).toList().indexOf(LocalDate.of(2026, 10, 1));
        assertThat(test(grid).getCellText(nationalDay, 0)).isEqualTo("2026-10-01");
        assertThat(test(grid).getCellText(nationalDay, 1)).isEqualTo("星期四");
        assertThat(((Span) test(grid).getCellComponent(nationalDay, 2)).getText()).isEqualTo("节假日");
        assertThat(test(grid).getCellText(nationalDay, 3)).isEqualTo("国庆节");
        int makeUp = days.stream().map(CalendarDayRow::day).toList().indexOf(LocalDate.of(2026, 2, 14));
        assertThat(test(grid).getCellText(makeUp, 1)).isEqualTo("星期六");
        assertThat(((Span) test(grid).getCellComponent(makeUp, 2)).getText()).isEqualTo("调休上班");
        long workdays = days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count();
        assertThat(text("calendar-summary"))
                .isEqualTo("2026 年：节假日 " + (listed - workdays) + " 天，调休上班 " + workdays + " 天");

        showYear(LocalDate.now(clock).getYear() - 5);
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("该年度尚未登记节假日，截止日期将只跳过周末");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorAddsEditsAndDeletesADay() {
        navigate(CalendarAdminView.class);
        Grid<CalendarDayRow> grid = grid("calendar-grid");

        click("calendar-add");
        fillDialog(TEST_DAY, "节假日", "视图测试假日");
        click("edit-save");
        assertThat($(Dialog.class).all()).as("the dialog closes once saved").isEmpty();
        @SuppressWarnings("unchecked")
        Select<Integer> year = $(Select.class).id("calendar-year");
        assertThat(year.getValue()).as("the saved day's year is shown").isEqualTo(2099);
        assertThat(rows(grid)).containsExactly(new CalendarDayRow(TEST_DAY, 0, DayKind.HOLIDAY, "视图测试假日"));
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("星期一");

        click("calendar-add");
        fillDialog(TEST_DAY, "调休上班", "视图测试重复");
        click("edit-save");
        DatePicker day = $(DatePicker.class).id("calendar-day");
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("该日期已登记，请直接修改");
        assertThat($(TextField.class).id("calendar-name").isInvalid()).isFalse();
        $(Dialog.class).single().close();
        assertThat(rows(grid)).extracting(CalendarDayRow::name).containsExactly("视图测试假日");

        test(rowButton(grid, 0, 0)).click();
        assertThat($(DatePicker.class).id("calendar-day").isReadOnly()).as("an entry keeps its date").isTrue();
        fillDialog(null, "调休上班", "视图测试调休");
        click("edit-save");
        assertThat(rows(grid)).extracting(CalendarDayRow::kind, CalendarDayRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DayKind.WORKDAY, "视图测试调休"));

        test(rowButton(grid, 0, 1)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("2099-06-01", "视图测试调休");
        test(confirm).cancel();
        assertThat(rows(grid)).hasSize(1);

        test(rowButton(grid, 0, 1)).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(test(grid).size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from calendar_days where calendar_date = ?", Long.class, TEST_DAY))
                .isZero();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAccessLogShowsWhoReadWhatNewestFirstAndFiltersByUser() {
        long cadreId = 990_000 + System.nanoTime() % 10_000;
        accessLog.read("CADRE", cadreId, LABEL + "：干部档案");
        new AsUser(userDetails).call(DemoAccounts.CLERK, () -> {
            accessLog.read("VIEWTEST", cadreId, LABEL + "：另一用户");
            return null;
        });
        LocalDateTime written = LocalDateTime.now(clock);

        navigate(AccessLogView.class);
        Grid<AccessRow> grid = grid("access-grid");
        List<AccessRow> all = rows(grid);
        assertThat(all).extracting(AccessRow::accessedAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all.getFirst().recordLabel()).as("newest first").isEqualTo(LABEL + "：另一用户");
        assertThat(text("access-total")).isEqualTo("共 " + all.size() + " 条访问记录");

        int mine = all.stream().map(AccessRow::recordLabel).toList().indexOf(LABEL + "：干部档案");
        AccessRow row = all.get(mine);
        assertThat(row.username()).isEqualTo(DemoAccounts.ADMIN);
        assertThat(row.accessedAt()).isBefore(written.plusMinutes(1));
        assertThat(test(grid).getCellText(mine, 1)).isEqualTo(DemoAccounts.ADMIN_NAME + "（admin）");
        assertThat(test(grid).getCellText(mine, 2)).isEqualTo("查阅");
        assertThat(test(grid).getCellText(mine, 3)).isEqualTo("干部信息");
        assertThat(test(grid).getCellText(mine, 4)).isEqualTo("#" + cadreId + " · " + LABEL + "：干部档案");
        assertThat(test(grid).getCellText(0, 3)).as("a type without a translation shows as stored")
                .isEqualTo("VIEWTEST");

        test($(TextField.class).id("access-user")).setValue(DemoAccounts.CLERK_NAME);
        List<AccessRow> clerks = rows(grid);
        assertThat(clerks).isNotEmpty().allMatch(r -> r.username().equals(DemoAccounts.CLERK));
        assertThat(clerks).extracting(AccessRow::recordLabel).contains(LABEL + "：另一用户")
                .doesNotContain(LABEL + "：干部档案");

        test($(TextField.class).id("access-user")).setValue("adm");
        @SuppressWarnings("unchecked")
        Select<String> type = $(Select.class).id("access-record-type");
        test(type).selectItem("干部信息");
        assertThat(rows(grid)).isNotEmpty()
                .allMatch(r -> r.username().equals(DemoAccounts.ADMIN) && r.recordType().equals("CADRE"))
                .extracting(AccessRow::recordLabel).contains(LABEL + "：干部档案");

        test($(TextField.class).id("access-user")).setValue("视图测试无此用户");
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("没有符合条件的访问记录。");

        assertThat($view(Button.class).all()).as("nothing to edit or delete")
                .extracting(Button::getText).containsExactly("重置筛选");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkCannotOpenTheCalendarOrTheAccessLog() {
        for (String location : List.of("admin/calendar", "admin/access-log")) {
            try {
                navigate(location, NotFoundView.class);
            } catch (IllegalArgumentException e) {
                // what counts is the view shown
            }
            assertThat(getCurrentView()).as(location).isInstanceOf(NotFoundView.class);
        }
    }
}
