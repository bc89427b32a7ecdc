package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.assessment.ui.AppealsView;
import org.cadreportal.assessment.ui.AssessmentView;
import org.cadreportal.assessment.ui.UnitSheetView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The results procedure in the views: the demo's final 2025 plan shows its window and two decided appeals and
 * takes no more decisions; in a plan in 公示 (2019, built here, older than the demo's so no page opens on it) a
 * county's clerk gets 申诉 on his county's sheet lines and files one, the office and the committee do not, and
 * the office rejects an appeal only with a reason.
 */
class AppealsViewTest extends ViewTest {

    private static final int YEAR = 2019;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    AssessmentService assessment;

    @Autowired
    AppealService appeals;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    private long plan(int year) {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = ?", Long.class, year);
    }

    /** A plan of two counties and one 评价打分 indicator, scored and in 公示 from today (made once per context). */
    private long inPublicity() {
        return scoredPlan(YEAR, true);
    }

    private synchronized long scoredPlan(int year, boolean publicity) {
        Integer n = jdbc.queryForObject("select count(*) from assessment_plans where plan_year = ?", Integer.class, year);
        if (n != null && n > 0) {
            return plan(year);
        }
        long x1 = unit("X01");
        long x2 = unit("X02");
        return new AsUser(userDetails).call(DemoAccounts.ASSESSMENT, () -> {
            long id = plans.create(year, "VT " + year, PlanRules.defaults()).id();
            long dim = plans.addDimension(id, "D1", "党的建设");
            long ev = plans.addIndicator(id, new IndicatorForm(dim, "EV", "党建工作评价", "分", Direction.POSITIVE,
                    DataSource.EVALUATION, Method.EVALUATION, null, null, null, null, null, null));
            long g = plans.addGroup(id, "G", "县市区", new BigDecimal("100"), List.of(x1, x2));
            plans.setWeights(g, Map.of(ev, new BigDecimal("100")));
            plans.publish(id, plans.details(id).plan().version());
            assessment.enterScores(id, List.of(new ScoreEntry(ev, x1, new BigDecimal("80")),
                    new ScoreEntry(ev, x2, new BigDecimal("90"))));
            if (publicity) {
                appeals.startPublicity(id, appeals.publicity(id).version(), LocalDate.now(clock), 5);
            }
            return id;
        });
    }

    private void sheet(long plan, long unit) {
        navigate(UnitSheetView.class, Map.of("planId", String.valueOf(plan), "unitId", String.valueOf(unit)));
    }

    private boolean visibleButton(String id) {
        return $(Button.class).all().stream().anyMatch(b -> b.getId().filter(id::equals).isPresent());
    }

    @SuppressWarnings("unchecked")
    private Grid<AppealRow> appealsGrid() {
        return $(Grid.class).id("appeals-grid");
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeReadsTheFinalDemoPlanWithItsTwoDecidedAppeals() {
        navigate(AssessmentView.class);
        assertThat($(Paragraph.class).id("assessment-publicity").getText()).contains("最终结果")
                .contains("2026-01-05").contains("2026-01-09");
        assertThat(visibleButton("assessment-start-publicity")).isFalse();
        assertThat(visibleButton("assessment-finalize")).isFalse();
        assertThat(visibleButton("assessment-appeals")).isTrue();
        test($(Button.class).id("assessment-appeals")).click();
        Grid<AppealRow> grid = appealsGrid();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(grid.getLazyDataView().getItems().map(AppealRow::status).toList())
                .containsExactlyInAnyOrder(AppealStatus.ACCEPTED, AppealStatus.REJECTED);
        // A final result takes no decision: no accept or reject in any row.
        assertThat(test(grid).getCellComponent(0, 6).getChildren().count()).isZero();
        @SuppressWarnings("unchecked")
        Select<AppealStatus> status = $(Select.class).id("appeals-status");
        status.setValue(AppealStatus.REJECTED);
        assertThat(test(appealsGrid()).size()).isEqualTo(1);
        assertThat(test(appealsGrid()).getCellText(0, 3)).isEqualTo("不予采纳");
    }

    /**
     * 开始公示 on a scored plan (2018, built here): the dialog shows the last day as the fields change (5 working days
     * from Monday 2026-01-05 end on Friday the 9th), the summary then shows the window; 确定最终结果 is refused with the
     * reason, here the plan's statistics share (none of its one indicator) below its 77%.
     */
    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeStartsPublicityWithTheComputedLastDayAndCannotFinalizeBelowTheShare() {
        long plan = scoredPlan(2018, false);
        navigate(AssessmentView.class);
        @SuppressWarnings("unchecked")
        Select<PlanRow> plans = $(Select.class).id("assessment-plan");
        plans.setValue(plans.getListDataView().getItems().filter(p -> p.id() == plan).findFirst().orElseThrow());
        assertThat(visibleButton("assessment-finalize")).isFalse();
        test($(Button.class).id("assessment-start-publicity")).click();
        assertThat($(IntegerField.class).id("publicity-days").getValue()).isEqualTo(5);
        test($(DatePicker.class).id("publicity-start")).setValue(LocalDate.of(2026, 1, 5));
        assertThat($(Paragraph.class).id("publicity-end").getText()).contains("2026-01-09");
        test($(Button.class).id("publicity-confirm")).click();
        assertThat($(Paragraph.class).id("assessment-publicity").getText()).contains("2026-01-05").contains("2026-01-09")
                .contains("公示期");
        assertThat(visibleButton("assessment-start-publicity")).isFalse();
        test($(Button.class).id("assessment-finalize")).click();
        test($(Button.class).id("assessment-finalize-confirm")).click();
        assertThat(appeals.publicity(plan).status()).isEqualTo(PlanStatus.PUBLICITY);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountysClerkAppealsHisCountysLineDuringPublicityAndOnlyThere() {
        long plan = inPublicity();
        sheet(plan, unit("X01"));
        @SuppressWarnings("unchecked")
        Grid<?> sheet = $(Grid.class).id("assessment-sheet");
        Button appeal = (Button) test(sheet).getCellComponent(0, 6);
        assertThat(appeal.getId()).hasValue("appeal-file-EV");
        test(appeal).click();
        test($(Button.class).id("appeal-submit")).click();
        assertThat($(TextArea.class).id("appeal-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("appeal-reason")).setValue("本县党建工作获省级表彰，评价得分偏低。");
        test($(TextArea.class).id("appeal-evidence")).setValue("省委组织部通报（2019年第5号）");
        test($(Button.class).id("appeal-submit")).click();
        navigate(AppealsView.class, Map.of("planId", String.valueOf(plan)));
        Grid<AppealRow> grid = appealsGrid();
        assertThat(grid.getLazyDataView().getItems().map(AppealRow::unitId).distinct().toList())
                .containsExactly(unit("X01"));
        assertThat(grid.getLazyDataView().getItems().map(AppealRow::reason).toList())
                .contains("本县党建工作获省级表彰，评价得分偏低。");
        // The demo's final plan: no 申诉 on the sheet.
        sheet(plan(2025), unit("X01"));
        assertThat($(Grid.class).id("assessment-sheet").getColumns()).hasSize(6);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void theCommitteeReadsASheetInPublicityWithoutAppealing() {
        long plan = inPublicity();
        sheet(plan, unit("X02"));
        assertThat($(Grid.class).id("assessment-sheet").getColumns()).hasSize(6);
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeDoesNotAppealButRejectsAnAppealOnlyWithAReason() {
        long plan = inPublicity();
        sheet(plan, unit("X02"));
        assertThat($(Grid.class).id("assessment-sheet").getColumns()).hasSize(6);
        long x2 = unit("X02");
        long ev = jdbc.queryForObject("select id from assessment_indicators where plan_id = ? and code = 'EV'",
                Long.class, plan);
        AppealRow filed = appeals.recordAppeal(plan, x2, ev, "书面申诉：评价偏低。", null, LocalDate.now(clock));
        navigate(AppealsView.class, Map.of("planId", String.valueOf(plan)));
        Grid<AppealRow> grid = appealsGrid();
        int row = grid.getLazyDataView().getItems().map(AppealRow::id).toList().indexOf(filed.id());
        Component actions = test(grid).getCellComponent(row, 6);
        Button reject = (Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("appeal-reject-"
                + filed.id())).findFirst().orElseThrow();
        assertThat(actions.getChildren().anyMatch(c -> c.getId().orElse("").equals("appeal-accept-" + filed.id())))
                .isTrue();
        test(reject).click();
        test($(Button.class).id("appeal-decision-confirm")).click();
        assertThat($(TextArea.class).id("appeal-decision-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("appeal-decision-reason")).setValue("评价按细则进行，维持原评分。");
        test($(Button.class).id("appeal-decision-confirm")).click();
        assertThat(appeals.appeal(filed.id()).status()).isEqualTo(AppealStatus.REJECTED);
        assertThat(appeals.appeal(filed.id()).decisionReason()).isEqualTo("评价按细则进行，维持原评分。");
    }
}
