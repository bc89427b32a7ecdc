package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.base.ui.TaskGridSection;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndDiscipline;

/**
 * Puts the 查诬 cases waiting on the user (a step of his role, in his scope) on 我的待办, soonest due
 * first; the 待办工作 card's 查诬 line counts the same list and links here. Hidden when none waits.
 */
@org.springframework.stereotype.Component
class AccusationTasksSection extends TaskGridSection<AccusationRow> {

    AccusationTasksSection(AccusationService accusations, CurrentUsers users) {
        super("accusation-task-section", "accusation.tasks.title", 10,
                () -> users.holds(OrganisationAndDiscipline.class),
                accusations::myTasks);
    }

    @Override
    protected Grid<AccusationRow> grid() {
        Grid<AccusationRow> grid = new Grid<>(AccusationRow.class, false);
        grid.setId("accusation-task-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AccusationRow::caseNo).setHeader(grid.getTranslation("accusation.field.caseNo"));
        grid.addColumn(AccusationRow::accusedNames).setHeader(grid.getTranslation("accusation.field.accused"));
        grid.addColumn(AccusationRow::unitName).setHeader(grid.getTranslation("accusation.field.unit"));
        grid.addColumn(r -> r.stepName(UI.getCurrent().getLocale()))
                .setHeader(grid.getTranslation("accusation.field.currentStep"));
        grid.addColumn(AccusationRow::stepDueOn).setHeader(grid.getTranslation("accusation.field.dueOn"));
        return grid;
    }

    @Override
    protected void open(UI ui, AccusationRow row) {
        ui.navigate(AccusationView.class, String.valueOf(row.id()));
    }
}
