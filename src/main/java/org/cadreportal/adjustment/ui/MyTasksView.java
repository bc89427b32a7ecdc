package org.cadreportal.adjustment.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.TaskSection;
import org.cadreportal.security.roles.CaseHandlers;

/**
 * 我的待办: open cases whose current step one of my roles acts on, the most overdue first; above them, for a
 * clerk, the proposals raised by poor 年度考核 grades and what other features put there ({@link TaskSection}).
 */
@Route("my-tasks")
@CaseHandlers
@Menu(title = "menu.myTasks", order = 5, icon = "vaadin:tasks")
public class MyTasksView extends RecordListView<CaseRow, Void> {

    public MyTasksView(AdjustmentService cases, GradeProposalService proposals, List<TaskSection> sections) {
        super(CaseRow.class, "adjustment.tasks", null);
        head();
        CaseColumns.configure(grid, false);
        opens(CaseView.class, CaseRow::id);
        add(new GradeProposalPanel(proposals));
        sections.forEach(s -> s.section().ifPresent(this::add));
        pagesOf("task-grid", cases::myTasks, cases::countMyTasks);
    }
}
