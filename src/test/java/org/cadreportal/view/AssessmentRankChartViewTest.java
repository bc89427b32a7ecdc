package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.GroupGrades;
import org.cadreportal.assessment.ui.AssessmentView;
import org.cadreportal.assessment.ui.UnitSheetView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.report.ui.DashboardView;
import org.cadreportal.report.ui.FigureView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The committee's 2025 dashboard: the grade table has a row per 考核类别 with the counts made here over the
 * results, each opening its units; the rank chart shows one bar per unit of the chosen group, in rank order, each
 * opening the unit's result sheet; the result sheet offers Excel and PDF and the ranking tab its Excel export.
 */
class AssessmentRankChartViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long plan() {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
    }

    @SuppressWarnings("unchecked")
    private void open2025() {
        navigate(DashboardView.class);
        ((Select<Integer>) $(Select.class).id("dashboard-year")).setValue(2025);
    }

    private List<Anchor> bars() {
        Div chart = $(Div.class).id("assessment-rank-chart");
        return chart.getChildren().map(Anchor.class::cast).toList();
    }

    private List<Long> rankOrder(long groupId) {
        return jdbc.queryForList("select r.unit_id from assessment_results r join units u on u.id = r.unit_id"
                + " where r.group_id = ? order by r.rank_in_group, u.code", Long.class, groupId);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void theRankChartShowsABarPerUnitOfTheGroupInRankOrder() {
        open2025();
        long plan = plan();
        List<Long> groups = jdbc.queryForList("select id from assessment_groups where plan_id = ?"
                + " order by sort_order, id", Long.class, plan);
        for (long group : groups) {
            @SuppressWarnings("unchecked")
            Select<GroupGrades> picker = $(Select.class).id("assessment-rank-group");
            picker.setValue(picker.getListDataView().getItems().filter(g -> g.groupId() == group).findFirst()
                    .orElseThrow());
            List<Long> expected = rankOrder(group);
            List<Anchor> bars = bars();
            assertThat(bars).as("group %d", group).hasSize(expected.size());
            assertThat(bars).extracting(Anchor::getId).extracting(java.util.Optional::orElseThrow)
                    .containsExactlyElementsOf(expected.stream().map(id -> "assessment-rank-bar-" + id).toList());
            assertThat(bars).extracting(Anchor::getHref).containsExactlyElementsOf(expected.stream()
                    .map(id -> "assessment/" + plan + "/unit/" + id).toList());
            assertThat(bars).extracting(b -> Integer.parseInt(b.getElement().getAttribute("data-rank"))).isSorted();
        }
        // Each grade count of the table is the rows counted here, and opens its group's units.
        long first = groups.get(0);
        for (String grade : List.of("GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR")) {
            Anchor count = $(Anchor.class).id("assessment-grades-" + first + "-" + grade);
            long n = jdbc.queryForObject("select count(*) from assessment_results where group_id = ? and grade = ?",
                    Long.class, first, grade);
            assertThat(count.getText()).isEqualTo(String.valueOf(n));
            assertThat(count.getHref()).isEqualTo("dashboard/figure/assessment.units." + grade
                    + "?from=2025-01-01&to=2025-12-31&part=" + first);
        }
        com.vaadin.flow.component.UI.getCurrent().navigate("dashboard/figure/assessment.units.GOOD",
                com.vaadin.flow.router.QueryParameters.fromString("from=2025-01-01&to=2025-12-31&part=" + first));
        assertThat(getCurrentView()).isInstanceOf(FigureView.class);
        long good = jdbc.queryForObject("select count(*) from assessment_results where group_id = ? and grade = 'GOOD'",
                Long.class, first);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("figure-summary").getText()).endsWith(good + " 个");
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerksChartHoldsHisCountyAlone() {
        open2025();
        long x01 = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        assertThat(bars()).extracting(a -> a.getId().orElseThrow()).containsExactly("assessment-rank-bar-" + x01);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void theSheetAndTheRankingOfferTheirExports() {
        long plan = plan();
        long x01 = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE);
        navigate(UnitSheetView.class, Map.of("planId", String.valueOf(plan), "unitId", String.valueOf(x01)));
        assertThat($(Anchor.class).id("assessment-sheet-excel").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("assessment-sheet-pdf").getHref()).isNotBlank();
        navigate(AssessmentView.class);
        $(Tabs.class).single().setSelectedIndex(1);
        assertThat($(Button.class).id("assessment-ranking-export").isEnabled()).isTrue();
    }
}
