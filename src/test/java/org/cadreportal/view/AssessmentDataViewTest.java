package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.ScoreCell;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.StatisticRow;
import org.cadreportal.assessment.ui.ScoreEntryView;
import org.cadreportal.assessment.ui.StatisticsView;
import org.cadreportal.assessment.ui.UnitSheetView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The 2025 plan's 统计数据 screen (a page at a time, the office alone edits, readers see a row's history, the
 * explanation's link lands on one row) and its 评分录入 screen (a 市委组织部 scorer sees the indicators assigned to
 * his unit only; someone with none gets the empty state).
 */
class AssessmentDataViewTest extends ViewTest {

    /** A clerk of 市委组织部, the demo plan's one scoring unit (no demo account belongs to it). */
    static final String ORG_SCORER = "view_scorer_org";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void orgScorer() {
        if (jdbc.queryForObject("select count(*) from user_accounts where username = ?", Integer.class, ORG_SCORER) > 0) {
            return;
        }
        UserForm f = new UserForm();
        f.setUsername(ORG_SCORER);
        f.setDisplayName("组织部评分员");
        f.setRoles(EnumSet.of(Role.CLERK));
        f.setScopeUnitId(jdbc.queryForObject("select id from units where name = '市委组织部'", Long.class));
        f.setEnabled(true);
        f.setPasswordChangeRequired(false);
        new AsUser(userDetails).call(DemoAccounts.ADMIN, () -> userAdmin.create(f, "scoring unit staff"));
    }

    private long plan() {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
    }

    private Map<String, String> planParam() {
        return Map.of("planId", String.valueOf(plan()));
    }

    @SuppressWarnings("unchecked")
    private Grid<StatisticRow> dataGrid() {
        return $(Grid.class).id("assessment-data-grid");
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficePagesThroughEveryStatisticFiltersAndOpensTheEditorOfARow() {
        navigate(StatisticsView.class, planParam());
        Grid<StatisticRow> grid = dataGrid();
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        // 10 县市区 × 80 statistics indicators + 40 市直单位 × 25 (each half of them in its own group).
        assertThat(test(grid).size()).isEqualTo(10 * 80 + 40 * 25);
        // The page the grid asks for, as the grid asks it: offset and limit go to the database.
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<StatisticRow> page = ((DataProvider<StatisticRow, Object>) (DataProvider) grid.getDataProvider())
                .fetch(new Query<>(0, 50, List.of(), null, null)).toList();
        assertThat(page).hasSize(50);
        // The first page: the first group (县市区), its first county, indicators in the library's order.
        assertThat(page.get(0).groupName()).isEqualTo("县市区");
        assertThat(page.get(0).unitCode()).isEqualTo("X01");
        assertThat(page.get(0).indicatorCode()).isEqualTo("S001");
        assertThat(page.get(1).indicatorCode()).isEqualTo("S002");

        @SuppressWarnings("unchecked")
        Select<IndicatorRow> indicator = $(Select.class).id("assessment-data-indicator");
        test(indicator).selectItem("S001 地区生产总值目标完成率");
        assertThat(test(grid).size()).isEqualTo(10); // S001 is weighted in the 县市区 group only
        TextField search = $(TextField.class).id("assessment-data-search");
        test(search).setValue("东安县");
        assertThat(test(grid).size()).isEqualTo(1);
        indicator.clear();
        assertThat(test(grid).size()).isEqualTo(80);

        Button edit = $(Button.class).id("assessment-data-edit");
        assertThat(edit.isVisible()).isTrue();
        assertThat(edit.isEnabled()).isFalse();
        test(grid).select(0);
        test(edit).click();
        StatisticRow row = grid.getSelectedItems().iterator().next();
        assertThat($(BigDecimalField.class).id("assessment-data-actual").getValue()).isEqualByComparingTo(row.actual());
        assertThat($(BigDecimalField.class).id("assessment-data-target").getValue()).isEqualByComparingTo(row.target());
        assertThat($(Button.class).id("assessment-data-save").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aReaderCannotEditButOpensTheHistoryOfTheRowAScoreExplanationLinksTo() {
        long valueId = jdbc.queryForObject("""
                select v.id from assessment_values v join assessment_indicators i on i.id = v.indicator_id
                join units u on u.id = v.unit_id where i.code = 'S002' and u.code = 'X02' and v.plan_id = ?""",
                Long.class, plan());
        UI.getCurrent().navigate(StatisticsView.class, new RouteParameters(planParam()),
                QueryParameters.of("value", String.valueOf(valueId)));
        Grid<StatisticRow> grid = dataGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getSelected()).extracting(StatisticRow::valueId).containsExactly(valueId);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).anyMatch(t -> t.contains("计分说明"));
        assertThat($(Button.class).withId("assessment-data-edit").exists()).isFalse();
        test($(Button.class).id("assessment-data-history")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> history = $(Grid.class).id("history-grid");
        assertThat(test(history).size()).isGreaterThanOrEqualTo(1); // the import that made the row
        test($(Button.class).id("assessment-data-show-all")).click();
        assertThat(test(grid).size()).isEqualTo(10 * 80 + 40 * 25);
    }

    @Test
    @WithUserDetails(value = ORG_SCORER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aScoringUnitsClerkSeesOnlyHisUnitsIndicatorsWithTheirUnits() {
        navigate(ScoreEntryView.class, planParam());
        @SuppressWarnings("unchecked")
        Select<IndicatorRow> indicator = $(Select.class).id("assessment-scores-indicator");
        // DemoAssessment assigns 8 evaluations (E01–E08), BON, DED1, DED2, VET1 and VET2 to 市委组织部;
        // the 130 statistics, SUP (大督办) and AWD (记功奖励, counted) have no scoring unit.
        assertThat(test(indicator).getSuggestionItems()).extracting(IndicatorRow::code).containsExactly("E01", "E02",
                "E03", "E04", "E05", "E06", "E07", "E08", "BON", "DED1", "DED2", "VET1", "VET2");
        @SuppressWarnings("unchecked")
        Grid<ScoreCell> grid = $(Grid.class).id("assessment-scores-grid");
        // E01 is weighted 5 points in the 县市区 group: its 10 counties, each with the points entered by the demo.
        assertThat(test(grid).size()).isEqualTo(10);
        assertThat(test(grid).getRow(0).weight()).isEqualByComparingTo("5");
        assertThat(test(grid).getRow(0).value()).isNotNull();
        assertThat(((BigDecimalField) test(grid).getCellComponent(0, 3)).getValue())
                .isEqualByComparingTo(test(grid).getRow(0).value());
        assertThat($(Paragraph.class).id("assessment-scores-rule").getText()).contains("评价打分");
        // The demo's 2025 plan is final: its points are shown, but nothing invites typing a change it would refuse.
        assertThat($(Paragraph.class).id("assessment-scores-closed").getText())
                .isEqualTo("考核结果已确定为最终结果并已锁定，不能再修改。");
        assertThat(((BigDecimalField) test(grid).getCellComponent(0, 3)).isReadOnly()).isTrue();
        assertThat($(Button.class).withId("assessment-scores-save").exists()).as("no 保存 shown").isFalse();
    }

    @Test
    @WithUserDetails(value = ORG_SCORER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aPointAboveTheIndicatorsWeightIsMarkedOnItsCellAndNothingIsSaved() {
        // The demo's 2025 plan is final (locked); for this test it is back at 初步结果, where points are entered.
        jdbc.update("update assessment_plans set status = 'PUBLISHED' where id = ?", plan());
        try {
            enterAPointAboveTheWeight();
        } finally {
            jdbc.update("update assessment_plans set status = 'FINAL' where id = ?", plan());
        }
    }

    private void enterAPointAboveTheWeight() {
        navigate(ScoreEntryView.class, planParam());
        @SuppressWarnings("unchecked")
        Grid<ScoreCell> grid = $(Grid.class).id("assessment-scores-grid");
        BigDecimal before = test(grid).getRow(0).value();
        BigDecimalField x01 = (BigDecimalField) test(grid).getCellComponent(0, 3);
        BigDecimalField x02 = (BigDecimalField) test(grid).getCellComponent(1, 3);
        x02.setValue(new BigDecimal("4.5"));
        x01.setValue(new BigDecimal("6")); // E01 carries 5 points
        assertThat(x01.isReadOnly()).as("points are entered while the plan is at 初步结果").isFalse();
        assertThat($(Paragraph.class).withId("assessment-scores-closed").exists()).isFalse();
        test($(Button.class).id("assessment-scores-save")).click();
        assertThat(x01.isInvalid()).isTrue();
        assertThat(x01.getErrorMessage()).contains("E01").contains("0 至 5");
        assertThat(x02.isInvalid()).isFalse();
        String sql = "select v.actual from assessment_values v join assessment_indicators i on i.id = v.indicator_id"
                + " join units u on u.id = v.unit_id where v.plan_id = ? and i.code = 'E01' and u.code = ?";
        assertThat(jdbc.queryForObject(sql, BigDecimal.class, plan(), "X01")).isEqualByComparingTo(before);
        assertThat(jdbc.queryForObject(sql, BigDecimal.class, plan(), "X02"))
                .isEqualByComparingTo(test(grid).getRow(1).value());
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeScoresEveryHandEnteredIndicatorAndTheExplanationLinksToTheDataRow() {
        navigate(ScoreEntryView.class, planParam());
        @SuppressWarnings("unchecked")
        Select<IndicatorRow> indicator = $(Select.class).id("assessment-scores-indicator");
        // 145 less the 130 statistics and SUP, which 大督办's events score: 8 evaluations and 6 bonus/deduction/veto.
        assertThat(test(indicator).getSuggestionItems()).extracting(IndicatorRow::code).containsExactly("E01", "E02",
                "E03", "E04", "E05", "E06", "E07", "E08", "AWD", "BON", "DED1", "DED2", "VET1", "VET2");

        long x01 = jdbc.queryForObject("select id from units where code = 'X01'", Long.class);
        navigate(UnitSheetView.class, Map.of("planId", String.valueOf(plan()), "unitId", String.valueOf(x01)));
        @SuppressWarnings("unchecked")
        Grid<SheetLine> sheet = $(Grid.class).id("assessment-sheet");
        SheetLine s001 = sheet.getGenericDataView().getItems().filter(l -> l.code().equals("S001")).findFirst()
                .orElseThrow();
        test(sheet).clickRow(sheet.getGenericDataView().getItems().toList().indexOf(s001));
        RouterLink link = $(RouterLink.class).id("assessment-value-data-link");
        assertThat(link.getHref()).isEqualTo("assessment/" + plan() + "/data?value=" + s001.valueId());
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkOfNoScoringUnitGetsTheEmptyState() {
        navigate(ScoreEntryView.class, planParam());
        assertThat($(Paragraph.class).id("assessment-scores-empty").getText()).contains("没有需要评分");
        assertThat($(Select.class).withId("assessment-scores-indicator").exists()).isFalse();
        assertThat($(Button.class).withId("assessment-scores-save").exists()).isFalse();
    }
}
