package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.accusation.JointMeetingForm;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.accusation.ui.AccusationListView;
import org.cadreportal.accusation.ui.AccusationView;
import org.cadreportal.accusation.ui.IntakeView;
import org.cadreportal.accusation.ui.QuickLogView;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What each role sees and may do on the 查诬 / 澄清正名 screens. Every test makes its own cases (with a
 * report number of its own), so it holds whatever other cases the demo data or other tests leave.
 */
class AccusationViewTest extends ViewTest {

    private static final String MASKED = "仅纪检监察人员可见";
    private static final String REPORTER = "张举报";

    @Autowired
    AccusationService accusations;

    @Autowired
    CadreService cadres;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    private AsUser as;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        as = new AsUser(userDetails);
        today = LocalDate.now(clock);
    }

    // --- helpers -----------------------------------------------------------------------------

    private static String reportNo() {
        return "JB-T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    /** An active cadre of the city's own units (outside 东安县), as the city clerk finds them. */
    private CadreRow cityCadre() {
        return as.call(DemoAccounts.CLERK, () -> cadres.page(CadreFilter.active(), PageRequest.of(0, 200))
                .getContent().stream().filter(c -> !c.unitCode().startsWith(DemoAccounts.COUNTY_CODE))
                .findFirst().orElseThrow());
    }

    /** A named report against one cadre with one allegation, registered by the city clerk. */
    private AccusationDetails registered(String reportNo, CadreRow cadre) {
        return as.call(DemoAccounts.CLERK, () -> accusations.open(new IntakeForm(reportNo, today.minusDays(3),
                Channel.LETTER, false, REPORTER, "13800000000", "反映其在项目审批中收受好处。", List.of(cadre.id()),
                List.of(new AllegationInput(cadre.id(), "在项目审批中收受施工方礼金。")))));
    }

    private long casesWithReportNo(String reportNo) {
        return as.call(DemoAccounts.CLERK, () -> accusations.count(new AccusationFilter(reportNo, null, null, null,
                null, null, false, null, null)));
    }

    private List<String> stepStates() {
        return $(ListItem.class).all().stream().map(li -> li.getElement().getAttribute("data-state"))
                .filter(s -> s != null).toList();
    }

    // --- tests -------------------------------------------------------------------------------

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkRegistersAReportFromTheListAndLandsOnItsCasePage() {
        CadreRow cadre = cityCadre();
        String reportNo = reportNo();
        navigate(AccusationListView.class);
        test($(Button.class).id("accusation-intake")).click();
        assertThat(getCurrentView()).isInstanceOf(IntakeView.class);

        test($(TextField.class).id("intake-reportNo")).setValue(reportNo);
        test($(Select.class).id("intake-channel")).selectItem("来信");
        test($(TextField.class).id("intake-reporterName")).setValue(REPORTER);
        test($(TextField.class).id("intake-reporterContact")).setValue("13800000000");
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("intake-cadre-picker");
        test(picker).setFilter(cadre.name());
        test(picker).selectItem("%s（%s %s）".formatted(cadre.name(), cadre.unitName(), cadre.postTitle()));
        assertThat(text("intake-accused")).contains(cadre.name());
        test($(TextArea.class).id("allegation-content-0")).setValue("在项目审批中收受施工方礼金。");

        // Without a summary the report is refused on that field, and nothing is registered.
        test($(Button.class).id("intake-save")).click();
        TextArea summary = $(TextArea.class).id("intake-summary");
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("必填项");
        assertThat(casesWithReportNo(reportNo)).isZero();

        test(summary).setValue("反映其在项目审批中收受好处。");
        test($(Button.class).id("intake-save")).click();

        assertThat(getCurrentView()).isInstanceOf(AccusationView.class);
        assertThat(stepStates()).hasSize(7);
        assertThat(stepStates().subList(0, 2)).containsExactly("DONE", "CURRENT");
        assertThat(text("case-facts")).contains(reportNo).contains(cadre.name()).contains("来信");
        assertThat(text("case-status")).isEqualTo("办理中");
        // 联席会议研判 belongs to the discipline officers: the clerk reads it only.
        assertThat(present("step-waiting")).isTrue();
        assertThat(present("meeting-add")).isFalse();
        // The clerk who registered the report is not shown who made it.
        assertThat(text("case-reporter")).isEqualTo(MASKED).doesNotContain(REPORTER);
        assertThat(casesWithReportNo(reportNo)).isOne();
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberSeesTheReporterMasked() {
        AccusationDetails c = registered(reportNo(), cityCadre());
        navigate(AccusationView.class, String.valueOf(c.id()));
        assertThat(text("case-reporter")).isEqualTo(MASKED);
        assertThat(text("case-facts")).doesNotContain(REPORTER).doesNotContain("13800000000");
        assertThat(present("step-waiting")).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void aDisciplineOfficerSeesTheReporterAndRecordsAFabricatedFindingWhichStartsTheCountdown() {
        String reportNo = reportNo();
        AccusationDetails c = registered(reportNo, cityCadre());
        navigate(AccusationView.class, String.valueOf(c.id()));
        assertThat(text("case-reporter")).contains(REPORTER).contains("13800000000");

        // 联席会议研判 and 核查 through the service, as the discipline officer signed in.
        c = accusations.addMeeting(c.id(), c.version(), new JointMeetingForm(today, "纪委监委、组织部、公安、信访",
                "举报线索具体，进入核查。"));
        c = accusations.completeStep(c.id(), c.version(), new AccusationInput.JointReview(),
                new StepNote("同意进入核查。", List.of()));
        c = accusations.completeStep(c.id(), c.version(), new AccusationInput.Opinion(),
                new StepNote("经核查，所举报事项无事实依据。", List.of()));
        long allegationId = c.header().allegations().getFirst().id();

        navigate(AccusationView.class, String.valueOf(c.id()));
        assertThat(present("clarification-countdown")).isFalse();
        assertThat(text("distinctions")).contains("三个区分开来").contains("区分开来");
        test($(Select.class).id("field-finding-" + allegationId)).selectItem("诬告陷害");
        test($(TextArea.class).id("field-reason-" + allegationId)).setValue("举报人捏造事实，意图影响干部提拔。");
        test($(Button.class).id("findings-submit")).click();
        test($(ConfirmDialog.class).single()).confirm();

        // The case moves on to 处理, the referral of the reporter is asked for, and the 20-day clock runs.
        assertThat(stepStates().get(4)).isEqualTo("CURRENT");
        assertThat(present("handling-referral-hint")).isTrue();
        assertThat(present("field-referredTo")).isTrue();
        Span countdown = $(Span.class).id("clarification-countdown");
        AccusationDetails after = accusations.get(c.id());
        assertThat(after.steps().clarificationDaysLeft()).isPositive();
        assertThat(countdown.getText()).isEqualTo("剩 " + after.steps().clarificationDaysLeft() + " 个工作日");
        assertThat(countdown.getClassNames()).contains("portal-countdown").doesNotContain("portal-countdown-overdue");
        @SuppressWarnings("unchecked")
        Grid<AccusationDetails.Allegation> allegations = $(Grid.class).id("case-allegations");
        assertThat(test(allegations).getCellComponent(0, 3).getElement().getText()).isEqualTo("诬告陷害");

        // The list shows the same countdown on the case's row.
        navigate(AccusationListView.class);
        test($(TextField.class).id("accusation-search")).setValue(reportNo);
        @SuppressWarnings("unchecked")
        Grid<AccusationRow> grid = $(Grid.class).id("accusation-grid");
        assertThat(test(grid).size()).isOne();
        Component badge = test(grid).getCellComponent(0, 8);
        assertThat(badge.getElement().getText()).isEqualTo("剩 " + after.steps().clarificationDaysLeft() + " 个工作日");
        assertThat(badge.getElement().getAttribute("data-days-left"))
                .isEqualTo(String.valueOf(after.steps().clarificationDaysLeft()));
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theQuickLogRefusesAnInPersonClarificationWithoutAWrittenOneAndSavesOnceItIsAdded() {
        CadreRow cadre = cityCadre();
        String reportNo = reportNo();
        navigate(QuickLogView.class);
        test($(TextField.class).id("intake-reportNo")).setValue(reportNo);
        test($(DatePicker.class).id("intake-receivedOn")).setValue(today.minusDays(30));
        test($(Select.class).id("intake-channel")).selectItem("网络");
        test($(Checkbox.class).id("intake-anonymous")).click();
        // An anonymous report asks for no name or contact.
        assertThat(present("intake-reporterName")).isFalse();
        assertThat(present("intake-reporterContact")).isFalse();
        test($(TextArea.class).id("intake-summary")).setValue("网络发帖称其违规提拔亲属。");
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("intake-cadre-picker");
        picker.setValue(cadre);
        test($(TextArea.class).id("allegation-content-0")).setValue("违规提拔亲属。");
        assertThat(present("quick-referral")).isFalse();
        test($(Select.class).id("field-finding-0")).selectItem("诬告陷害");
        // A fabricated report means a referral: its fields appear.
        assertThat($(Div.class).id("quick-referral").isVisible()).isTrue();
        test($(TextArea.class).id("field-reason-0")).setValue("发帖人编造事实，已查明。");
        test($(DatePicker.class).id("quick-foundOn")).setValue(today.minusDays(20));
        test($(TextField.class).id("quick-referredTo")).setValue("县公安局");
        test($(DatePicker.class).id("quick-referredOn")).setValue(today.minusDays(18));
        test($(DatePicker.class).id("quick-clarifiedOn")).setValue(today.minusDays(10));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> methods = $(CheckboxGroup.class).id("quick-methods");
        test(methods).selectItem("当面澄清");
        test($(TextField.class).id("quick-scopeUnits")).setValue("干部所在单位");
        test($(TextArea.class).id("quick-noticeText")).setValue("经查，网络反映其违规提拔亲属问题不实，特此澄清。");

        test($(Button.class).id("quick-save")).click();
        assertThat(methods.isInvalid()).isTrue();
        assertThat(methods.getErrorMessage()).isEqualTo("当面或会议澄清的，须同时书面澄清");
        assertThat(getCurrentView()).isInstanceOf(QuickLogView.class);
        assertThat(casesWithReportNo(reportNo)).isZero();

        test(methods).selectItem("书面澄清");
        test($(Button.class).id("quick-save")).click();

        assertThat(getCurrentView()).isInstanceOf(AccusationView.class);
        assertThat(text("case-status")).isEqualTo("已办结");
        assertThat(present("case-quick-logged")).isTrue();
        assertThat(stepStates()).hasSize(7).containsOnly("DONE");
        assertThat(text("case-clarifications")).contains(cadre.name()).contains("书面澄清").contains("当面澄清");
        assertThat(text("case-reporter")).isEqualTo("匿名");
        assertThat(casesWithReportNo(reportNo)).isOne();
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkOpeningACityCaseByUrlGetsTheMissingRecordPage() {
        String reportNo = reportNo();
        AccusationDetails cityCase = registered(reportNo, cityCadre());

        navigate(AccusationListView.class);
        test($(TextField.class).id("accusation-search")).setValue(reportNo);
        @SuppressWarnings("unchecked")
        Grid<AccusationRow> grid = $(Grid.class).id("accusation-grid");
        assertThat(test(grid).size()).isZero();

        try {
            navigate("accusation/" + cityCase.id(), AccusationView.class);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
        assertThat(text("error-page")).contains("页面不存在");
    }
}
