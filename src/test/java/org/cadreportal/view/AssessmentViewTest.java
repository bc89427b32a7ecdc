package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.Map;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.ui.AssessmentView;
import org.cadreportal.assessment.ui.UnitSheetView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The 考核办 reads the 2025 plan, its statistics share and a group's ranking, and opens a unit's explained score. */
class AssessmentViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessment;

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void theOfficeSeesThePlanItsShareAndTheRankingAndOpensAnExplainedScore() {
        navigate(AssessmentView.class);
        assertThat(text("assessment-share")).contains("130 / 145").contains("89.7%").contains("80.0%").contains("77.0%");
        assertThat($(Button.class).id("assessment-publish").isEnabled()).isFalse();
        assertThat($(Grid.class).id("assessment-indicators").getGenericDataView().getItems().count()).isEqualTo(145);
        Tabs tabs = $(Tabs.class).single();
        tabs.setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<ResultRow> ranking = $(Grid.class).id("assessment-ranking");
        ResultRow first = ranking.getLazyDataView().getItems().findFirst().orElseThrow();
        assertThat(first.rank()).isEqualTo(1);
        assertThat(ranking.getLazyDataView().getItems().count()).isEqualTo(10);
        long plan = jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
        navigate(UnitSheetView.class, Map.of("planId", String.valueOf(plan), "unitId",
                String.valueOf(first.unitId())));
        assertThat(text("assessment-sheet-summary")).contains("县市区").contains("第 1 名");
        @SuppressWarnings("unchecked")
        Grid<SheetLine> sheet = $(Grid.class).id("assessment-sheet");
        SheetLine efficacy = sheet.getGenericDataView().getItems().filter(l -> l.method().name().equals("EFFICACY"))
                .findFirst().orElseThrow();
        test(sheet).clickRow(sheet.getGenericDataView().getItems().toList().indexOf(efficacy));
        assertThat(text("assessment-formula")).startsWith("功效系数法");
        assertThat($(Component.class).id("assessment-inputs").getElement().getText() + $(Component.class)
                .id("assessment-inputs").getChildren().map(c -> c.getElement().getText()).toList())
                .contains("类别最小值").contains("类别最大值");
        test($(Button.class).id("assessment-value-link")).click();
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.contains("本年值")).findAny())
                .isPresent();
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesOnlyTheUnitsOfHisScopeInTheRanking() {
        navigate(AssessmentView.class);
        $(Tabs.class).single().setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<ResultRow> ranking = $(Grid.class).id("assessment-ranking");
        assertThat(ranking.getLazyDataView().getItems().map(ResultRow::unitCode).toList()).containsExactly("X01");
        long plan = jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
        long other = jdbc.queryForObject("select id from units where code = 'X02'", Long.class);
        assertThatThrownBy(() -> assessment.sheet(plan, other))
                .isInstanceOf(org.cadreportal.base.RecordNotFoundException.class);
    }
}
