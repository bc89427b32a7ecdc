package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.ui.CadreGradesView;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 领导干部年度考核: the leaders listed group by group with their unit's result, the per-group line with its 优秀
 * count against the limit (red with a warning when over it), the entry dialog refusing a 优秀 the group has no
 * place for, and who may enter grades.
 */
class CadreGradesViewTest extends ViewTest {

    private static final int YEAR = 2046;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @SuppressWarnings("unchecked")
    private Grid<CadreGradeRow> grid() {
        return $(Grid.class).id("grades-grid");
    }

    @SuppressWarnings("unchecked")
    private void choosePlan(int year) {
        Select<PlanRow> plan = $(Select.class).id("grades-plan");
        plan.setValue(plan.getListDataView().getItems().filter(p -> p.year() == year).findFirst().orElseThrow());
    }

    private long rows() {
        return test(grid()).size();
    }

    private List<CadreGradeRow> items() {
        return java.util.stream.IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i)).toList();
    }

    /**
     * A plan of 2046 whose one group is 东安县: its 党政班子 in office (the 21 seats of DemoPosts.countyTeam less any
     * the demo's decisions moved away; n of them), floor(n / 5) + 1 given 优秀 for 2046 here. At most 20% of n,
     * rounded down, may be 优秀 (21 → 4, 19 → 3): the group is 1 over its limit.
     */
    private int leaders;
    private int excellent;

    private long overLimitPlan() {
        long county = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        long plan = plans.create(YEAR, "视图测试方案", PlanRules.defaults()).id();
        plans.addGroup(plan, "G46", "视图测试类别", new BigDecimal("100"), List.of(county));
        List<Long> seats = jdbc.queryForList("select id from cadres where unit_id = ? and status = 'ACTIVE'"
                + " and category in ('PRINCIPAL', 'TEAM_MEMBER') order by id", Long.class, county);
        leaders = seats.size();
        assertThat(leaders).isGreaterThanOrEqualTo(10);
        excellent = leaders / 5 + 1;
        for (int i = 0; i < excellent; i++) {
            jdbc.update("insert into cadre_annual_grades (id, version, cadre_id, grade_year, grade)"
                    + " values (?, 0, ?, ?, 'EXCELLENT')", 980_000_000L + i, seats.get(i), YEAR);
        }
        return plan;
    }

    private void remove(long plan) {
        jdbc.update("delete from cadre_annual_grades where grade_year = ?", YEAR);
        jdbc.update("delete from assessment_group_units where plan_id = ?", plan);
        jdbc.update("delete from assessment_groups where plan_id = ?", plan);
        jdbc.update("delete from assessment_plans where id = ?", plan);
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeSeesTheGroupOverItsLimitInRedAndTheDialogRefusesAnotherExcellent() {
        long plan = overLimitPlan();
        try {
            navigate(CadreGradesView.class);
            choosePlan(YEAR);
            Div line = $(Div.class).id("grades-share-G46");
            assertThat(line.getElement().getTextRecursively())
                    .contains(String.format("视图测试类别：考核 %d 人，已定等次 %d 人，优秀 %d 人（%.1f%%），优秀比例上限 20%%，即 %d 人",
                            leaders, excellent, excellent, 100.0 * excellent / leaders, leaders / 5));
            Span warning = $(Span.class).id("grades-over-G46");
            assertThat(warning.getText()).isEqualTo("超出优秀比例 1 人");
            assertThat(warning.getClassNames()).contains("portal-tag-danger");
            assertThat($(Button.class).id("grades-import").isVisible()).isTrue();

            assertThat(rows()).isEqualTo(leaders);
            @SuppressWarnings("unchecked")
            Select<AnnualGrade> gradeFilter = $(Select.class).id("grades-grade");
            gradeFilter.setValue(AnnualGrade.EXCELLENT);
            assertThat(rows()).isEqualTo(excellent);
            gradeFilter.clear();
            $(TextField.class).id("grades-unit").setValue("没有这个单位");
            assertThat(rows()).isZero();
            $(TextField.class).id("grades-unit").clear();
            $(Checkbox.class).id("grades-ungraded").setValue(true);
            assertThat(rows()).isEqualTo(leaders - excellent);

            CadreGradeRow first = test(grid()).getRow(0);
            test(grid()).clickRow(0);
            @SuppressWarnings("unchecked")
            Select<AnnualGrade> grade = $(Select.class).id("grade-select");
            grade.setValue(AnnualGrade.EXCELLENT);
            test($(Button.class).id("grade-save")).click();
            assertThat(grade.isInvalid()).isTrue();
            assertThat(grade.getErrorMessage()).isEqualTo("视图测试类别的“优秀”名额已满：上限 20%，即 " + leaders / 5 + " 人，现有 " + excellent + " 人");
            assertThat(jdbc.queryForObject("select count(*) from cadre_annual_grades where cadre_id = ? and grade_year = ?",
                    Integer.class, first.cadreId(), YEAR)).isZero();

            grade.setValue(AnnualGrade.COMPETENT);
            test($(Button.class).id("grade-save")).click();
            assertThat(jdbc.queryForObject("select grade from cadre_annual_grades where cadre_id = ? and grade_year = ?",
                    String.class, first.cadreId(), YEAR)).isEqualTo("COMPETENT");
            assertThat($(Dialog.class).all()).isEmpty();
            assertThat($(Div.class).id("grades-share-G46").getElement().getTextRecursively()).contains("已定等次 " + (excellent + 1) + " 人");
        } finally {
            remove(plan);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberReadsTheGradesAndTheUnitsResultButEntersNothing() {
        navigate(CadreGradesView.class);
        choosePlan(2025);
        // Hidden: not among the visible buttons.
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("grades-import"::equals).isPresent());
        // 县市区: the 党政班子 in office of the 10 counties (21 seats each).
        int counties = jdbc.queryForObject("select count(*) from cadres c join units u on u.id = c.unit_id"
                + " where u.code like 'X__' and c.status = 'ACTIVE' and c.category in ('PRINCIPAL', 'TEAM_MEMBER')",
                Integer.class);
        assertThat($(Div.class).id("grades-share-G1").getElement().getTextRecursively())
                .contains("县市区：考核 " + counties + " 人");
        CadreGradeRow row = items().stream().filter(r -> r.unitCode().equals(DemoAccounts.COUNTY_CODE))
                .findFirst().orElseThrow();
        Integer rank = jdbc.queryForObject("select r.rank_in_group from assessment_results r join assessment_plans p"
                + " on p.id = r.plan_id where p.plan_year = 2025 and r.unit_id = ?", Integer.class, row.unitId());
        assertThat(row.unitRank()).isEqualTo(rank);
        assertThat(row.unitTotal()).isNotNull();
        assertThat(row.grade()).isNotNull();
        test(grid()).clickRow(0);
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesOnlyHisCountysLeadersAndMayImport() {
        navigate(CadreGradesView.class);
        choosePlan(2025);
        assertThat(rows()).isEqualTo(jdbc.queryForObject("select count(*) from cadres c join units u"
                + " on u.id = c.unit_id where u.code = ? and c.status = 'ACTIVE'"
                + " and c.category in ('PRINCIPAL', 'TEAM_MEMBER')", Long.class, DemoAccounts.COUNTY_CODE));
        assertThat(items().stream().map(CadreGradeRow::unitCode).distinct().toList())
                .containsExactly(DemoAccounts.COUNTY_CODE);
        assertThat($(Button.class).id("grades-import").isVisible()).isTrue();
    }
}
