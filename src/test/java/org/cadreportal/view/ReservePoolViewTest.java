package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.ui.ReservePoolView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 后备干部库: the clerk lists the cadres identified at the front line (those in the pool by default), finds one
 * by name, and may open a 上 case from a row; a committee member reads the same list without the action.
 */
class ReservePoolViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<PoolRow> grid() {
        return (Grid<PoolRow>) $(Grid.class).id("pool-grid");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerkListsThePoolFindsACadreByNameAndMayOpenACase() {
        navigate(ReservePoolView.class);
        long open = jdbc.queryForObject("select count(*) from reserve_pool where status = 'OPEN'", Long.class);
        assertThat(open).isPositive();
        assertThat(test(grid()).size()).isEqualTo((int) open);
        assertThat($(Span.class).id("pool-total").getText()).isEqualTo("共 " + open + " 人");
        assertThat(grid().getColumns()).hasSize(9);

        PoolRow first = test(grid()).getRow(0);
        test($(TextField.class).id("pool-search")).setValue(first.cadreName());
        assertThat(test(grid()).size()).isPositive();
        assertThat(test(grid()).getRow(0).cadreName()).contains(first.cadreName());
        PoolRow found = test(grid()).getRow(0);
        if (found.caseId() == null) {
            Button action = (Button) test(grid()).getCellComponent(0, 8);
            assertThat(action.getId()).hasValue("pool-open-" + found.id());
            assertThat(action.isEnabled()).isTrue();
        }

        test($(TextField.class).id("pool-search")).setValue("无此姓名");
        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).contains("一线考察");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberReadsThePoolWithoutTheAction() {
        navigate(ReservePoolView.class);
        assertThat(test(grid()).size()).isPositive();
        assertThat(grid().getColumns()).hasSize(8);
    }
}
