package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.cadreportal.base.ui.TaskGridSection;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.ToleranceService;

/**
 * Puts the 容错 applications waiting on the user (a step of his role, in his scope) on 我的待办, soonest due
 * first; the 待办工作 card's 容错 line counts the same list and links here. Hidden when none waits.
 */
@org.springframework.stereotype.Component
class ToleranceTasksSection extends TaskGridSection<ApplicationRow> {

    ToleranceTasksSection(ToleranceService tolerance, CurrentUsers users) {
        super("tolerance-tasks", "tolerance.tasks.title", 10,
                () -> users.holds(OrganisationAndDiscipline.class),
                tolerance::myTasks);
    }

    @Override
    protected Grid<ApplicationRow> grid() {
        Grid<ApplicationRow> grid = new Grid<>(ApplicationRow.class, false);
        grid.setId("tolerance-task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(ApplicationRow::applicationNo).setHeader(grid.getTranslation("tolerance.field.applicationNo"));
        grid.addColumn(ApplicationRow::cadreName).setHeader(grid.getTranslation("tolerance.field.cadre"));
        grid.addColumn(ApplicationRow::unitName).setHeader(grid.getTranslation("tolerance.field.unit"));
        grid.addColumn(r -> r.stepName(UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("tolerance.field.currentStep"));
        grid.addColumn(ApplicationRow::stepDueOn).setHeader(grid.getTranslation("tolerance.field.dueOn"));
        return grid;
    }

    @Override
    protected void open(UI ui, ApplicationRow row) {
        ui.navigate(ApplicationView.class, row.id());
    }
}
