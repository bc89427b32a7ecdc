package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.ui.AssessmentView;
import org.cadreportal.assessment.ui.PlanGroupsView;
import org.cadreportal.assessment.ui.PlanLibraryView;
import org.cadreportal.assessment.ui.PlanLibraryView.Node;
import org.cadreportal.assessment.ui.PlanRulesView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The plan editor: the demo 2025 plan's 145 indicators in their seven dimensions, read-only for a committee member
 * and for a published plan; the 考核办 copies the plan into a draft and there adds, changes and removes indicators
 * (refusals on the field), and types a group's weights against its total.
 */
class PlanEditorViewTest extends ViewTest {

    /** Years before the demo's, so the 政绩考核 page still opens on 2025; removed after each test. */
    private static final int COPY_YEAR = 2001;
    private static final int NEW_YEAR = 2002;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestPlans() {
        for (int year : new int[] {COPY_YEAR, NEW_YEAR}) {
            String plan = "(select id from assessment_plans where plan_year = " + year + ")";
            jdbc.update("delete from assessment_weights where group_id in (select id from assessment_groups where plan_id in "
                    + plan + ")");
            jdbc.update("delete from assessment_group_units where plan_id in " + plan);
            jdbc.update("delete from assessment_groups where plan_id in " + plan);
            jdbc.update("delete from assessment_indicators where plan_id in " + plan);
            jdbc.update("delete from assessment_dimensions where plan_id in " + plan);
            jdbc.update("delete from assessment_plans where plan_year = " + year);
        }
    }

    private long plan(int year) {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = ?", Long.class, year);
    }

    private void open(Class<? extends Component> view, long planId) {
        navigate(view, Map.of("planId", String.valueOf(planId)));
    }

    /** A button the user can see: present, visible, and not inside a hidden parent. */
    private Optional<Button> shown(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().filter(id::equals).isPresent())
                .filter(b -> b.isVisible() && b.getParent().map(Component::isVisible).orElse(true)).findFirst();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @SuppressWarnings("unchecked")
    private TreeData<Node> tree() {
        return ((TreeGrid<Node>) $(TreeGrid.class).id("library-tree")).getTreeData();
    }

    /** Indicators by dimension name as the tree shows them. */
    private Map<String, Integer> shownByDimension() {
        TreeData<Node> data = tree();
        Map<String, Integer> out = new HashMap<>();
        data.getRootItems().forEach(d -> out.put(d.dimension().name(), data.getChildren(d).size()));
        return out;
    }

    private List<IndicatorRow> shownIndicators() {
        TreeData<Node> data = tree();
        return data.getRootItems().stream().flatMap(d -> data.getChildren(d).stream()).map(Node::indicator).toList();
    }

    private Map<String, Integer> countedByDimension(long planId) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query("select d.name, count(*) from assessment_indicators i join assessment_dimensions d"
                + " on d.id = i.dimension_id where i.plan_id = ? group by d.name", rs -> {
            out.put(rs.getString(1), rs.getInt(2));
        }, planId);
        return out;
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberReadsThe2025LibraryInItsDimensionsWithoutAnyWayToChangeIt() {
        long plan = plan(2025);
        open(PlanLibraryView.class, plan);
        Map<String, Integer> shown = shownByDimension();
        assertThat(shown).hasSize(7).containsEntry("经济发展", countedByDimension(plan).get("经济发展"));
        assertThat(shown).isEqualTo(countedByDimension(plan));
        assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(145);
        assertThat(shownIndicators().stream().filter(IndicatorRow::automatic)).hasSize(130);
        assertThat($(Paragraph.class).id("plan-share").getText())
                .contains("130 / 145").contains("89.7%").contains("77.0%");
        for (String id : List.of("library-add-dimension", "library-add-indicator", "library-edit-indicator",
                "library-remove-indicator")) {
            assertThat(shown(id)).as(id).isEmpty();
        }
        // The search narrows the tree to matching indicators under their dimensions.
        $(TextField.class).id("library-search").setValue("单位GDP能耗");
        assertThat(shownIndicators()).isNotEmpty().allMatch(i -> i.name().contains("单位GDP能耗"));
        assertThat(shownByDimension()).containsOnlyKeys("生态文明");

        open(PlanGroupsView.class, plan);
        assertThat(shown("groups-add")).isEmpty();
        assertThat(shown("groups-edit")).isEmpty();
        assertThat(shown("weights-save")).isEmpty();
        assertThat($(Paragraph.class).id("weights-sum").getText())
                .isEqualTo("分值合计 100 / 总分 100，相符。");
        open(PlanRulesView.class, plan);
        assertThat($(BigDecimalField.class).id("rules-goodShare").getValue()).isEqualByComparingTo("0.3");
        assertThat($(BigDecimalField.class).id("rules-goodShare").isReadOnly()).isTrue();
        assertThat(shown("rules-save")).isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeSeesThePublished2025PlanReadOnlyAndEditsADraftCopyOfIt() {
        long published = plan(2025);
        open(PlanLibraryView.class, published);
        assertThat(shown("library-add-indicator")).get().extracting(Button::isEnabled).isEqualTo(false);
        assertThat($(Paragraph.class).id("plan-read-only").getText()).contains("已发布");

        // 复制方案 on the 政绩考核 page: the copy opens in the editor, a draft with the same 145 indicators.
        navigate(AssessmentView.class);
        click("assessment-copy-plan");
        $(IntegerField.class).id("copy-plan-year").setValue(COPY_YEAR);
        click("copy-plan-save");
        long copy = plan(COPY_YEAR);
        assertThat(shownByDimension()).isEqualTo(countedByDimension(published));
        assertThat(shown("library-add-indicator")).get().extracting(Button::isEnabled).isEqualTo(true);
        assertThat(shown("library-edit-indicator")).get().extracting(Button::isEnabled).isEqualTo(false);

        // A new indicator without a code is refused on the code field; with a code already used, on it too.
        click("library-add-indicator");
        $(TextField.class).id("indicator-name").setValue("视图测试指标");
        click("indicator-save");
        assertThat($(TextField.class).id("indicator-code").isInvalid()).isTrue();
        $(TextField.class).id("indicator-code").setValue("S001");
        click("indicator-save");
        assertThat($(TextField.class).id("indicator-code").getErrorMessage()).isEqualTo("代码“S001”在本方案中已使用。");
        $(TextField.class).id("indicator-code").setValue("V001");
        click("indicator-save");
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(shownIndicators()).hasSize(146).anyMatch(i -> i.code().equals("V001") && i.automatic());

        // S001 renamed in the copy; the published 2025 plan keeps its name.
        TreeGrid<Node> grid = $(TreeGrid.class).id("library-tree");
        String original = jdbc.queryForObject("select name from assessment_indicators where plan_id = ? and code = 'S001'",
                String.class, published);
        Node s001 = tree().getRootItems().stream().flatMap(d -> tree().getChildren(d).stream())
                .filter(n -> n.indicator().code().equals("S001")).findFirst().orElseThrow();
        grid.select(s001);
        click("library-edit-indicator");
        assertThat($(TextField.class).id("indicator-name").getValue()).isEqualTo(original);
        $(TextField.class).id("indicator-name").setValue("视图测试改名");
        click("indicator-save");
        assertThat(shownIndicators()).anyMatch(i -> i.code().equals("S001") && i.name().equals("视图测试改名"));
        assertThat(jdbc.queryForObject("select name from assessment_indicators where plan_id = ? and code = 'S001'",
                String.class, published)).isEqualTo(original);

        // V001 removed after confirming.
        Node v001 = tree().getRootItems().stream().flatMap(d -> tree().getChildren(d).stream())
                .filter(n -> n.indicator().code().equals("V001")).findFirst().orElseThrow();
        $(TreeGrid.class).id("library-tree").select(v001);
        click("library-remove-indicator");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(shownIndicators()).hasSize(145).noneMatch(i -> i.code().equals("V001"));

        // The first group's weights: one point more on S001 shows 101 of 100 in red; saved, the group is off.
        open(PlanGroupsView.class, copy);
        BigDecimal before = jdbc.queryForObject("select w.weight from assessment_weights w join assessment_groups g"
                + " on g.id = w.group_id join assessment_indicators i on i.id = w.indicator_id where g.plan_id = ?"
                + " and g.sort_order = 1 and i.code = 'S001'", BigDecimal.class, copy);
        @SuppressWarnings("unchecked")
        Grid<IndicatorRow> weights = $(Grid.class).id("weights-grid");
        BigDecimalField s001Weight = (BigDecimalField) test(weights).getCellComponent(0, 5);
        assertThat(s001Weight.getValue()).isEqualByComparingTo(before);
        s001Weight.setValue(before.add(BigDecimal.ONE));
        var sum = $(Paragraph.class).id("weights-sum");
        assertThat(sum.getText()).isEqualTo("分值合计 101 / 总分 100，相差 1，不能发布。");
        assertThat(sum.hasClassName("portal-text-danger")).isTrue();
        click("weights-save");
        assertThat(jdbc.queryForObject("select w.weight from assessment_weights w join assessment_groups g"
                + " on g.id = w.group_id join assessment_indicators i on i.id = w.indicator_id where g.plan_id = ?"
                + " and g.sort_order = 1 and i.code = 'S001'", BigDecimal.class, copy))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat($(Paragraph.class).id("weights-sum").getText())
                .isEqualTo("分值合计 101 / 总分 100，相差 1，不能发布。");
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeCreatesAnEmptyPlanWithTheDefaultRules() {
        navigate(AssessmentView.class);
        click("assessment-new-plan");
        assertThat($(BigDecimalField.class).id("rules-minStatistics").getValue()).isEqualByComparingTo("0.77");
        assertThat($(BigDecimalField.class).id("rules-supervisionCap").getValue()).isEqualByComparingTo("5");
        $(IntegerField.class).id("new-plan-year").setValue(2025);
        click("new-plan-save");
        assertThat($(IntegerField.class).id("new-plan-year").getErrorMessage()).isEqualTo("2025年的考核方案已存在。");
        $(IntegerField.class).id("new-plan-year").setValue(NEW_YEAR);
        assertThat($(TextField.class).id("new-plan-name").getValue()).isEqualTo(NEW_YEAR + "年度高质量发展综合考核方案");
        // 好 and 较好 together over the whole group would leave no unit 一般: refused on the 较好 share, nothing saved.
        $(BigDecimalField.class).id("rules-goodShare").setValue(new BigDecimal("0.5"));
        $(BigDecimalField.class).id("rules-fairShare").setValue(new BigDecimal("0.8"));
        click("new-plan-save");
        assertThat($(BigDecimalField.class).id("rules-fairShare").getErrorMessage())
                .isEqualTo("“好”和“较好”的等次比例合计不能超过1，否则没有单位评为“一般”。");
        assertThat(jdbc.queryForObject("select count(*) from assessment_plans where plan_year = ?", Long.class,
                NEW_YEAR)).isZero();
        $(BigDecimalField.class).id("rules-goodShare").setValue(new BigDecimal("0.3"));
        $(BigDecimalField.class).id("rules-fairShare").setValue(new BigDecimal("0.4"));
        click("new-plan-save");
        assertThat(shownByDimension()).isEmpty();
        assertThat(jdbc.queryForObject("select status from assessment_plans where plan_year = ?", String.class,
                NEW_YEAR)).isEqualTo("DRAFT");
        click("library-add-dimension");
        $(TextField.class).id("dimension-name").setValue("经济发展");
        click("dimension-save");
        assertThat(shownByDimension()).containsExactly(Map.entry("经济发展", 0));
    }
}
