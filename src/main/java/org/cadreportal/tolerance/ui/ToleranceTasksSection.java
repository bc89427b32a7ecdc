package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import org.cadreportal.base.ui.TaskSection;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.ToleranceService;
import org.springframework.data.domain.PageRequest;

/**
 * Puts the 容错 applications waiting on the user (a step of his role, in his scope) on 我的待办, soonest due
 * first; the 待办工作 card's 容错 line counts the same list and links here. Hidden when none waits.
 */
@org.springframework.stereotype.Component
class ToleranceTasksSection implements TaskSection {

    private final ToleranceService tolerance;
    private final CurrentUsers users;

    ToleranceTasksSection(ToleranceService tolerance, CurrentUsers users) {
        this.tolerance = tolerance;
        this.users = users;
    }

    @Override
    public Optional<Component> section() {
        if (users.current().filter(u -> u.holds(OrganisationAndDiscipline.class)).isEmpty()) {
            return Optional.empty();
        }
        long waiting = tolerance.myTasks(PageRequest.of(0, 1)).getTotalElements();
        return waiting == 0 ? Optional.empty() : Optional.of(new Section(tolerance, waiting));
    }

    private static final class Section extends Div {

        /** Up to this many rows the grid grows with them; beyond, it scrolls. */
        private static final int ALL_VISIBLE = 10;

        Section(ToleranceService tolerance, long waiting) {
            setId("tolerance-tasks");
            setWidthFull();
            add(new H3(getTranslation("tolerance.tasks.title", waiting)));
            Grid<ApplicationRow> grid = new Grid<>(ApplicationRow.class, false);
            grid.setId("tolerance-task-grid");
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.addColumn(ApplicationRow::applicationNo).setHeader(getTranslation("tolerance.field.applicationNo"));
            grid.addColumn(ApplicationRow::cadreName).setHeader(getTranslation("tolerance.field.cadre"));
            grid.addColumn(ApplicationRow::unitName).setHeader(getTranslation("tolerance.field.unit"));
            grid.addColumn(r -> r.stepName(getLocale())).setHeader(getTranslation("tolerance.field.currentStep"));
            grid.addColumn(ApplicationRow::stepDueOn).setHeader(getTranslation("tolerance.field.dueOn"));
            grid.setItems(q -> tolerance.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) tolerance.myTasks(PageRequest.of(0, 1)).getTotalElements());
            if (waiting <= ALL_VISIBLE) {
                grid.setAllRowsVisible(true);
            }
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, e.getItem().id())));
            add(grid);
        }
    }
}
