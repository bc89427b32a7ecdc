package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ToleranceFixture;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.DisciplineRow;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.ExemptionRow;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.ui.ApplicationListView;
import org.cadreportal.tolerance.ui.ApplicationView;
import org.cadreportal.tolerance.ui.DisciplineView;
import org.cadreportal.tolerance.ui.ToleranceReferenceView;
import org.cadreportal.tolerance.ui.VisitListView;
import org.cadreportal.workflow.CaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role sees and may do on the 容错纠错 and 回访教育 screens. */
class ToleranceViewTest extends ViewTest {

    @Autowired
    ToleranceService tolerance;

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    CadreService cadres;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private ToleranceFixture fixture() {
        return new ToleranceFixture(tolerance, userDetails, jdbc);
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    /** An active cadre of the whole city, away from the ones other tests pick. */
    private CadreRow cadre(int index) {
        return cadres.page(CadreFilter.active(), PageRequest.of(index, 1)).getContent().getFirst();
    }

    private List<String> stepStates() {
        return $(ListItem.class).all().stream().map(li -> li.getElement().getAttribute("data-state"))
                .filter(s -> s != null).toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkRegistersAnApplicationThatThenWaitsForAcceptance() {
        CadreRow cadre = cadre(101);
        long before = tolerance.count(new ApplicationFilter(cadre.name(), null, null, null,
                null, null));
        navigate(ApplicationListView.class);
        test($(Button.class).id("new-application")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("apply-cadre");
        picker.setValue(cadre);
        test($(TextField.class).id("apply-matter")).setValue("乡村旅游试点项目未达预期收益");
        @SuppressWarnings("unchecked")
        Select<CategoryRow> category = $(Select.class).id("apply-category");
        category.setValue(tolerance.categories(true).getFirst());
        test($(TextArea.class).id("apply-description")).setValue("按照试点方案推进，受市场影响未达预期。");
        test($(Button.class).id("apply-save")).click();

        // Without an item of the exemption list the application is refused on that field, and nothing is saved.
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ExemptionRow> items = $(MultiSelectComboBox.class).id("apply-exemptions");
        assertThat(items.isInvalid()).isTrue();
        assertThat(tolerance.count(new ApplicationFilter(cadre.name(), null, null, null,
                null, null))).isEqualTo(before);

        items.setValue(Set.of(tolerance.exemptions(true).getFirst()));
        test($(Button.class).id("apply-save")).click();

        assertThat(getCurrentView()).isInstanceOf(ApplicationView.class);
        List<String> states = stepStates();
        assertThat(states).containsExactly("DONE", "CURRENT", "PENDING", "PENDING", "PENDING", "PENDING");
        // The clerk only reads 受理: it is the discipline body's step.
        assertThat(present("step-waiting")).isTrue();
        assertThat(present("step-complete")).isFalse();
        ApplicationRow created = tolerance.page(new ApplicationFilter(cadre.name(), null,
                null, null, null, null), PageRequest.of(0, 50)).stream()
                .filter(r -> r.matter().equals("乡村旅游试点项目未达预期收益")).findFirst().orElseThrow();
        try {
            assertThat(created.unitName()).isEqualTo(cadre.unitName());
            assertThat(created.currentOrdinal()).isEqualTo(2);
            assertThat(created.applicationNo()).startsWith("容〔" + LocalDate.now(clock).getYear() + "〕");
        } finally {
            fixture().delete(created.id());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void aDisciplineOfficerRecordsAFindingAndTheApplicationMovesOnToFeedback() {
        ApplicationDetails a = fixture().atFinding(cadre(103).id(), "招商项目按程序决策未达预期", Set.of());
        try {
            navigate(ApplicationView.class, a.id());
            assertThat(present("finding-barred")).isFalse();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<FindingOutcome> outcome = $(RadioButtonGroup.class).id("field-outcome");
            outcome.setValue(FindingOutcome.REDUCED);
            test($(TextArea.class).id("field-findingReasons")).setValue("决策程序规范，主动挽回部分损失，予以减责。");
            test($(Button.class).id("step-complete")).click();
            test($(ConfirmDialog.class).single()).confirm();

            ApplicationDetails after = tolerance.get(a.id());
            assertThat(after.steps().finding().outcome()).isEqualTo(FindingOutcome.REDUCED);
            assertThat(after.standing().currentOrdinal()).isEqualTo(5);
            assertThat($(Div.class).id("application-facts").getElement().getTextRecursively())
                    .contains("减责", "主动挽回部分损失");
            assertThat(stepStates()).containsExactly("DONE", "DONE", "DONE", "DONE", "CURRENT", "PENDING");
            // 反馈 is the clerk's: the officer now only reads it.
            assertThat(present("step-waiting")).isTrue();

            // 变更历史 names who changed the finding, from nothing to 减责.
            test($(TabSheet.class).id("application-tabs")).select(1);
            @SuppressWarnings("unchecked")
            Grid<HistoryEntry> history = $(Grid.class).id("history-grid");
            assertThat(test(history).size()).isPositive();
            assertThat(test(history).getRow(0).who()).isEqualTo(DemoAccounts.DISCIPLINE);
            assertThat(test(history).getCellComponent(0, 3).getElement().getTextRecursively())
                    .contains("认定结果: — → 减责");
        } finally {
            fixture().delete(a.id());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void exemptionIsRefusedOnItsFieldWhenVerificationFoundAnExclusion() {
        ApplicationDetails a = fixture().atFinding(cadre(105).id(), "园区项目审批", Set.of(Exclusion.PRIVATE_GAIN));
        try {
            navigate(ApplicationView.class, a.id());
            assertThat($(Div.class).id("application-facts").getElement().getTextRecursively()).contains("谋取私利");
            assertThat(present("finding-barred")).isTrue();
            @SuppressWarnings("unchecked")
            RadioButtonGroup<FindingOutcome> outcome = $(RadioButtonGroup.class).id("field-outcome");
            outcome.setValue(FindingOutcome.EXEMPT);
            test($(TextArea.class).id("field-findingReasons")).setValue("出于公心。");
            test($(Button.class).id("step-complete")).click();
            test($(ConfirmDialog.class).single()).confirm();

            assertThat(outcome.isInvalid()).isTrue();
            assertThat(outcome.getErrorMessage()).contains("不能认定免责");
            ApplicationDetails after = tolerance.get(a.id());
            assertThat(after.standing().currentOrdinal()).isEqualTo(4);
            assertThat(after.steps().finding().decided()).isFalse();
        } finally {
            fixture().delete(a.id());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesOnlyTheCountysApplicationsAndAnotherUnitsByUrlLooksMissing() throws IOException {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long inCounty = jdbc.queryForObject("""
                select count(*) from tolerance_applications a join units u on u.id = a.unit_id
                where u.path like concat(?, '%')""", Long.class, county);
        assertThat(inCounty).isPositive();
        navigate(ApplicationListView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationRow> grid = $(Grid.class).id("application-grid");
        assertThat(test(grid).size()).isEqualTo((int) inCounty);
        // The Excel export holds the same applications, under the grid's headings.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tolerance.exportExcel(ApplicationFilter.all(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("申请编号");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) inCounty);
        }

        long outside = jdbc.queryForObject("""
                select min(a.id) from tolerance_applications a join units u on u.id = a.unit_id
                where u.path not like concat(?, '%')""", Long.class, county);
        try {
            navigate("tolerance/" + outside, ApplicationView.class);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);

        long outsideRecord = jdbc.queryForObject("""
                select min(d.id) from discipline_records d join units u on u.id = d.unit_id
                where u.path not like concat(?, '%')""", Long.class, county);
        try {
            navigate("tolerance/visits/" + outsideRecord, DisciplineView.class);
        } catch (IllegalArgumentException e) {
            // as above
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aFindingShowsOnTheCadresAdjustmentCaseAtAnalysisAndOnTheTimeline() {
        CaseRow analysis = adjustments.page(new CaseFilter(null, null, "ANALYSE", CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 1)).getContent().getFirst();
        ApplicationDetails a = fixture().decided(analysis.cadreId(), "防汛抢险临机调度物资", FindingOutcome.EXEMPT,
                "抢险中临机决断，出于公心，予以免责（测试）。");
        try {
            navigate(CaseView.class, analysis.id());
            assertThat($(Div.class).id("case-findings").getElement().getTextRecursively())
                    .contains(a.header().applicationNo(), "免责", "予以免责（测试）");

            List<TimelineEntry> timeline = cadres.timeline(analysis.cadreId());
            assertThat(timeline).anySatisfy(e -> {
                assertThat(e.kindKey()).isEqualTo("timeline.kind.tolerance");
                assertThat(e.title()).isEqualTo(a.header().applicationNo());
                assertThat(e.link()).isEqualTo("tolerance/" + a.id());
            });
        } finally {
            fixture().delete(a.id());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void aServicesRefusalOfAFieldSpeaksTheUisLanguageWhateverTheBrowsers() {
        // An English browser: Spring's request locale (thread-bound, as RequestContextFilter sets it) says English.
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            navigate(VisitListView.class);
            test($(Button.class).id("new-discipline")).click();
            test($(Button.class).id("discipline-save")).click();
            // Refused by the service's Bean Validation (the dialog has no binder), shown on the field in Chinese.
            @SuppressWarnings("unchecked")
            ComboBox<CadreRow> cadre = $(ComboBox.class).id("discipline-cadre");
            assertThat(cadre.isInvalid()).isTrue();
            assertThat(cadre.getErrorMessage()).isEqualTo("必填项");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void overdueVisitsAreMarkedAndAVisitNeedsTwoVisitors() {
        navigate(VisitListView.class);
        test($(Checkbox.class).id("discipline-overdue-filter")).click();
        @SuppressWarnings("unchecked")
        Grid<DisciplineRow> grid = $(Grid.class).id("discipline-grid");
        long expected = jdbc.queryForObject("""
                select count(distinct record_id) from education_visits where visited_on is null and planned_on < ?""",
                Long.class, LocalDate.now(clock));
        assertThat(expected).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) expected);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).visitsOverdue()).isPositive();
        }

        DisciplineRow row = test(grid).getRow(0);
        navigate(DisciplineView.class, row.id());
        assertThat(present("plan-visit")).isTrue();
        int visitsBefore = tolerance.discipline(row.id()).visits().size();
        test($(Button.class).id("plan-visit")).click();
        $(DatePicker.class).id("visit-planned").setValue(LocalDate.now(clock).plusDays(10));
        TextField visitors = $(TextField.class).id("visit-visitors");
        test(visitors).setValue("王敏");
        test($(Button.class).id("visit-plan-save")).click();
        assertThat(visitors.isInvalid()).isTrue();
        assertThat(visitors.getErrorMessage()).contains("至少2人");
        assertThat(tolerance.discipline(row.id()).visits()).hasSize(visitsBefore);

        test(visitors).setValue("王敏、周正平");
        test($(Button.class).id("visit-plan-save")).click();
        var after = tolerance.discipline(row.id()).visits();
        assertThat(after).hasSize(visitsBefore + 1);
        long planned = after.stream().filter(v -> v.plannedOn().equals(LocalDate.now(clock).plusDays(10)))
                .findFirst().orElseThrow().id();
        jdbc.update("delete from education_visits_aud where id = ?", planned);
        jdbc.update("delete from education_visits where id = ?", planned);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdministratorSeesTheEightCategoriesAndTheExemptionList() {
        navigate(ToleranceReferenceView.class);
        assertThat(test($(Grid.class).id("tolerance-categories")).size()).isEqualTo(8);
        assertThat(test($(Grid.class).id("tolerance-exemptions")).size()).isEqualTo(tolerance.exemptions(false).size())
                .isGreaterThanOrEqualTo(12);
    }
}
