package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.base.ui.TaskGridSection;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/**
 * 待您表决 on a committee member's 我的待办: the cases at 讨论决定 where he sits, present, and has not voted yet.
 * The 待办工作 card's votes line counts the same list and links here. Hidden when no vote waits. However
 * many wait, the grid shows them all.
 */
@org.springframework.stereotype.Component
class VotesSection extends TaskGridSection<CaseRow> {

    VotesSection(AdjustmentService cases, CurrentUsers users) {
        super("vote-tasks", "adjustment.votes.title", Long.MAX_VALUE,
                () -> users.has(Role.COMMITTEE), cases::myVotes);
    }

    @Override
    protected Grid<CaseRow> grid() {
        Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
        grid.setId("vote-grid");
        CaseColumns.configure(grid, false);
        return grid;
    }

    @Override
    protected void open(UI ui, CaseRow row) {
        ui.navigate(CaseView.class, row.id());
    }
}
