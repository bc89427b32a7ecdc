package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.adjustment.ui.MyTasksView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** 我的待办 lists a poor 年度考核 grade's proposal with its two actions, and opening it starts the 下 case. */
class GradeProposalViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    /** An open proposal for an active demo cadre with no poor 2025 grade of his own (so no demo proposal). */
    private long proposalForAFreshCadre() {
        long cadreId = jdbc.queryForObject("""
                select max(c.id) from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from grade_proposals p where p.cadre_id = c.id)
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from cadre_annual_grades g where g.cadre_id = c.id and g.grade_year = 2025
                                and g.grade in ('BASICALLY_COMPETENT', 'INCOMPETENT'))""", Long.class);
        long id = 900_000_000L + cadreId;
        jdbc.update("""
                insert into grade_proposals (id, version, cadre_id, open_cadre_id, cadre_name, unit_id, grade_year,
                grade, raised_at, status) select ?, 0, c.id, c.id, c.name, c.unit_id, 2025, 'INCOMPETENT',
                current_timestamp, 'OPEN' from cadres c where c.id = ?""", id, cadreId);
        return id;
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerksTasksListTheProposalWithBothActionsAndOpeningItStartsTheCase() {
        long id = proposalForAFreshCadre();
        navigate(MyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<GradeProposalRow> grid = (Grid<GradeProposalRow>) $(Grid.class).id("proposal-grid");
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            row = test(grid).getRow(i).id() == id ? i : row;
        }
        assertThat(row).isNotNegative();
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 4);
        Button open = (Button) actions.getComponentAt(0);
        Button dismiss = (Button) actions.getComponentAt(1);
        assertThat(open.getId()).contains("proposal-open-" + id);
        assertThat(open.getText()).isEqualTo("启动调整事项");
        assertThat(dismiss.getId()).contains("proposal-dismiss-" + id);
        assertThat(dismiss.getText()).isEqualTo("不予启动");

        test(open).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat(jdbc.queryForObject("select status from grade_proposals where id = ?", String.class, id))
                .isEqualTo("CASE_OPENED");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberSeesNoProposals() {
        navigate(MyTasksView.class);
        // The panel is hidden for a user who is not a clerk: no visible component carries its id.
        assertThat($(Component.class).all()).noneMatch(c -> c.getId().filter("grade-proposals"::equals).isPresent());
    }
}
