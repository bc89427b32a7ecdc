package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.MissingFiler;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.archive.ui.ArchiveTermsView;
import org.cadreportal.archive.ui.MissingFilersView;
import org.cadreportal.archive.ui.PeriodAdminView;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.base.ui.NotFoundView;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.inspection.InspectedCadre;
import org.cadreportal.inspection.InspectionFilter;
import org.cadreportal.inspection.InspectionForm;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.inspection.Recommendation;
import org.cadreportal.inspection.ui.InspectionListView;
import org.cadreportal.inspection.ui.InspectionView;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The archive's administration and follow-up views: lists, filing periods, missing filers, frontline inspections. */
class ArchiveAdminViewTest extends ViewTest {

    /** A period of its own, long closed, so it is nobody's default and nobody has filed for it. */
    private static final String PERIOD = "视图测试：2001年第一季度";
    /** The reminder's title as stored: its key and the period's names (issue 19: shown in the reader's language). */
    private static final String STORED_TITLE = "archive.notice.remind.title|" + PERIOD + "|%";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArchiveService archive;

    @Autowired
    InspectionService inspections;

    @Autowired
    NoticeService notices;

    @Autowired
    UserDetailsService userDetails;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private PeriodRow testPeriod() {
        return as().call(DemoAccounts.ADMIN, () -> archive.periods().stream().filter(p -> p.nameZh().equals(PERIOD))
                .findFirst().orElseGet(() -> {
                    PeriodForm f = new PeriodForm();
                    f.setNameZh(PERIOD);
                    f.setNameEn("View test 2001 Q1");
                    f.setStartsOn(LocalDate.of(2001, 1, 1));
                    f.setEndsOn(LocalDate.of(2001, 3, 31));
                    f.setDeadline(LocalDate.of(2001, 4, 15));
                    f.setCategories(EnumSet.allOf(CadreCategory.class));
                    return archive.savePeriod(null, null, f);
                }));
    }

    private long activeCadresUnder(String unitCode) {
        return jdbc.queryForObject("""
                select count(*) from cadres c join units u on u.id = c.unit_id where c.status = 'ACTIVE'
                and u.path like concat((select path from units where code = ?), '%')""", Long.class, unitCode);
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
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void anAdministratorAddsAFieldThatIsNotYetOffered() {
        navigate(ArchiveTermsView.class);
        assertThat(rows(this.<TermRow>grid("terms-field"))).extracting(TermRow::nameZh).contains("项目建设", "党的建设");
        String name = "测试领域" + System.nanoTime() % 100000;
        click("add-term-field");
        test($(TextField.class).id("list-entry-name-zh")).setValue(name);
        test($(TextField.class).id("list-entry-name-en")).setValue("Test field");
        test($(Checkbox.class).id("list-entry-active")).click();
        click("edit-save");

        List<TermRow> fields = rows(grid("terms-field"));
        TermRow added = fields.stream().filter(t -> t.nameZh().equals(name)).findFirst().orElseThrow();
        assertThat(added.active()).isFalse();
        assertThat(fields.getLast()).as("a new entry goes to the end of its list").isEqualTo(added);
        assertThat(rows(this.<TermRow>grid("terms-level"))).extracting(TermRow::nameZh).doesNotContain(name);
        assertThat(archive.terms(TermKind.FIELD, true)).extracting(TermRow::nameZh).doesNotContain(name);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdjustmentListsShowTheSameColumnsOnTheSharedGrid() {
        navigate(org.cadreportal.adjustment.ui.ReferenceAdminView.class);
        @SuppressWarnings("unchecked")
        List<Grid<Object>> grids = $(Grid.class).all().stream().map(g -> (Grid<Object>) g).toList();
        assertThat(grids).hasSize(2);
        var methods = test(grids.get(1));
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(methods::getHeaderCell).toList())
                .containsExactly("#", "中文名称", "英文名称", "影响期（月）", "启用");
        assertThat(methods.size()).isPositive();
        test((Button) methods.getCellComponent(0, 5)).click();
        assertThat($(TextField.class).id("list-entry-name-zh").getValue()).isNotBlank();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void aDeadlineBeforeTheStartIsRefusedOnTheDeadlineField() {
        navigate(PeriodAdminView.class);
        String name = "视图测试：2002年上半年";
        click("create-period");
        test($(TextField.class).id("period-name-zh")).setValue(name);
        test($(TextField.class).id("period-name-en")).setValue("View test 2002 H1");
        test($(DatePicker.class).id("period-starts-on")).setValue(LocalDate.of(2002, 1, 1));
        test($(DatePicker.class).id("period-ends-on")).setValue(LocalDate.of(2002, 6, 30));
        DatePicker deadline = $(DatePicker.class).id("period-deadline");
        test(deadline).setValue(LocalDate.of(2001, 12, 31));
        click("edit-save");

        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("截止日期不能早于开始日期");
        assertThat(archive.periods()).extracting(PeriodRow::nameZh).doesNotContain(name);

        test(deadline).setValue(LocalDate.of(2002, 7, 15));
        click("edit-save");
        Grid<PeriodRow> grid = grid("period-grid");
        int row = rows(grid).stream().map(PeriodRow::nameZh).toList().indexOf(name);
        assertThat(row).isNotNegative();
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("2002-01-01 — 2002-06-30");
        assertThat(test(grid).getCellText(row, 3)).contains("党政正职", "班子成员", "其他干部");
        assertThat(((Span) test(grid).getCellComponent(row, 4)).getText()).isEqualTo("已截止");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aCityClerkSeesEveryCadreOfTheCityWhoHasNotFiled() {
        PeriodRow period = testPeriod();
        navigate(MissingFilersView.class);
        @SuppressWarnings("unchecked")
        Select<PeriodRow> select = $(Select.class).id("missing-period");
        select.setValue(period);
        long expected = activeCadresUnder(DemoAccounts.CITY_CODE);
        assertThat(test(grid("missing-grid")).size()).isEqualTo((int) expected);
        assertThat(text("missing-total")).isEqualTo("共 " + expected + " 名干部未提交");
        assertThat(expected).isGreaterThan(activeCadresUnder(DemoAccounts.COUNTY_CODE));
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkRemindsTheCountysMissingFilersOnly() {
        PeriodRow period = testPeriod();
        String title = "请填报" + PERIOD + "实绩";
        try {
            navigate(MissingFilersView.class);
            @SuppressWarnings("unchecked")
            Select<PeriodRow> select = $(Select.class).id("missing-period");
            select.setValue(period);
            long expected = activeCadresUnder(DemoAccounts.COUNTY_CODE);
            Grid<MissingFiler> grid = grid("missing-grid");
            assertThat(test(grid).size()).isEqualTo((int) expected);
            assertThat(rows(grid)).extracting(MissingFiler::name).contains(DemoAccounts.CADRE_NAME);
            assertThat(text("missing-total")).isEqualTo("共 " + expected + " 名干部未提交");

            click("remind-missing");
            ConfirmDialog confirm = $(ConfirmDialog.class).single();
            assertThat(test(confirm).getText()).contains(String.valueOf(expected));
            test(confirm).confirm();
            assertThat($(Notification.class).all().stream().map(n -> test(n).getText()))
                    .contains("已向 " + expected + " 名干部发送提醒（今天已提醒过的不再重复）");
            assertThat(jdbc.queryForObject("select count(*) from notices where title like ?", Long.class, STORED_TITLE))
                    .isEqualTo(expected);
            List<NoticeRow> mine = as().call(DemoAccounts.CADRE, notices::myNotices);
            assertThat(mine).anyMatch(n -> n.title().equals(title) && !n.read() && "my-archive".equals(n.link()));
        } finally {
            // Other tests read the demo cadre's unread notices; these were only for this test.
            jdbc.update("delete from notices where title like ?", STORED_TITLE);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkRecordsAnInspectionAndItIsListed() {
        navigate(InspectionListView.class);
        String inspectors = "视图测试考察组" + System.nanoTime() % 100000;
        String code = jdbc.queryForObject("""
                select min(c.cadre_code) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code = ?""", String.class, DemoAccounts.CADRE_UNIT_CODE);
        click("create-inspection");
        @SuppressWarnings("unchecked")
        Select<TermRow> type = $(Select.class).id("inspection-type");
        test(type).selectItem("招商引资");
        @SuppressWarnings("unchecked")
        ComboBox<UnitNode> unit = $(ComboBox.class).id("inspection-unit");
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.code().equals(DemoAccounts.CADRE_UNIT_CODE))
                .findFirst().orElseThrow());
        test($(TextField.class).id("inspection-inspectors")).setValue(inspectors);
        test($(TextArea.class).id("inspection-finding")).setValue("在招商项目一线现场察看签约落地情况。");

        click("inspection-save");
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("inspection-cadre-picker");
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("请至少添加一名考察干部");
        assertThat(inspections.count(new InspectionFilter(inspectors, null, null, null, null))).isZero();

        test(picker).setFilter(code);
        CadreRow cadre = test(picker).getSuggestionItems().getFirst();
        picker.setValue(cadre);
        Grid<Object> seen = grid("inspection-cadres");
        assertThat(test(seen).size()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Select<Recommendation> recommendation = (Select<Recommendation>) test(seen).getCellComponent(0, 1);
        recommendation.setValue(Recommendation.PROMOTE);
        click("inspection-save");

        test($(TextField.class).id("inspection-search")).setValue(inspectors);
        Grid<InspectionRow> list = grid("inspection-grid");
        assertThat(test(list).size()).isEqualTo(1);
        InspectionRow saved = test(list).getRow(0);
        assertThat(saved.unitName()).isEqualTo(DemoAccounts.CADRE_UNIT_NAME);
        assertThat(saved.type().zh()).isEqualTo("招商引资");
        assertThat(test(list).getCellText(0, 4)).isEqualTo(cadre.name() + "（提拔建议）");
        assertThat(text("inspection-total")).isEqualTo("共 1 次考察");

        test(list).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(InspectionView.class);
        assertThat(text("inspection-facts")).contains(inspectors, "在招商项目一线现场察看签约落地情况。");
        assertThat(text("inspection-seen")).contains(cadre.name(), "提拔建议");

        click("inspection-edit");
        @SuppressWarnings("unchecked")
        ComboBox<UnitNode> unitAgain = $(ComboBox.class).id("inspection-unit");
        assertThat(unitAgain.getValue().code()).isEqualTo(DemoAccounts.CADRE_UNIT_CODE);
        test($(TextField.class).id("inspection-inspectors")).setValue(inspectors + "（复核）");
        click("inspection-save");
        assertThat(text("inspection-facts")).contains(inspectors + "（复核）");
        assertThat(text("inspection-seen")).contains(cadre.name(), "提拔建议");
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void anotherCountysInspectionLooksMissing() {
        long elsewhere = as().call(DemoAccounts.CLERK, () -> {
            long unitId = jdbc.queryForObject("""
                    select min(u.id) from units u where u.path not like concat((select path from units where code = ?), '%')
                    and u.parent_id is not null""", Long.class, DemoAccounts.COUNTY_CODE);
            long cadreId = jdbc.queryForObject("select min(id) from cadres where unit_id = ? and status = 'ACTIVE'",
                    Long.class, unitId);
            InspectionForm f = new InspectionForm();
            f.setInspectedOn(LocalDate.of(2025, 5, 20));
            f.setUnitId(unitId);
            f.setTypeId(archive.terms(TermKind.FRONTLINE, true).getFirst().id());
            f.setInspectors("视图测试市级考察组");
            f.setFinding("市直单位一线考察。");
            f.setCadres(List.of(new InspectedCadre(cadreId, null, Recommendation.WATCH)));
            return inspections.save(null, null, f).id();
        });
        navigate(InspectionListView.class);
        List<InspectionRow> listed = rows(grid("inspection-grid"));
        assertThat(listed).extracting(InspectionRow::id).doesNotContain(elsewhere);
        assertThat(listed).hasSize(jdbc.queryForObject("""
                select count(*) from frontline_inspections i join units u on u.id = i.unit_id
                where u.path like concat((select path from units where code = ?), '%')""", Integer.class,
                DemoAccounts.COUNTY_CODE));
        openMissing("inspection/" + elsewhere);
        openMissing("inspection/not-a-number");
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreCannotOpenTheseViews() {
        for (String location : List.of("admin/archive-terms", "admin/periods", "archive/missing", "inspections",
                "inspection/1")) {
            try {
                navigate(location, NotFoundView.class);
            } catch (IllegalArgumentException e) {
                // what counts is the view shown
            }
            assertThat(getCurrentView()).as(location).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void aDisciplineOfficerReadsInspectionsButRecordsNone() {
        navigate(InspectionListView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("create-inspection"::equals).isPresent());
        try {
            navigate("archive/missing", NotFoundView.class);
        } catch (IllegalArgumentException e) {
            // what counts is the view shown
        }
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private void openMissing(String location) {
        try {
            navigate(location, MissingRecordView.class);
        } catch (IllegalArgumentException e) {
            // what counts is the view shown
        }
        assertThat(getCurrentView()).as(location).isInstanceOf(MissingRecordView.class);
    }
}
