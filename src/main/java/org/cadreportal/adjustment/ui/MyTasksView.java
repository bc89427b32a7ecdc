package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.base.ui.TaskSection;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.roles.CaseHandlers;

/**
 * 我的待办: open cases whose current step one of my roles acts on, the most overdue first; above them, for a
 * clerk, the proposals raised by poor 年度考核 grades and what other features put there ({@link TaskSection}).
 */
@Route("my-tasks")
@CaseHandlers
@Menu(title = "menu.myTasks", order = 5, icon = "vaadin:tasks")
public class MyTasksView extends Div implements HasDynamicTitle {

    public MyTasksView(AdjustmentService cases, GradeProposalService proposals, List<TaskSection> sections) {
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("adjustment.tasks.title")));
        Span total = new Span();
        Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
        grid.setId("task-grid");
        CaseColumns.configure(grid, false);
        grid.setItems(q -> cases.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
            long count = cases.countMyTasks();
            total.setText(getTranslation("adjustment.tasks.total", count));
            return (int) count;
        });
        grid.setEmptyStateText(getTranslation("adjustment.tasks.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, e.getItem().id())));
        add(new GradeProposalPanel(proposals));
        sections.forEach(s -> s.section().ifPresent(this::add));
        add(total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adjustment.tasks.title") + " · " + getTranslation("app.title");
    }
}
