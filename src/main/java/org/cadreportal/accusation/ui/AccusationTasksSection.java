package org.cadreportal.accusation.ui;

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
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.springframework.data.domain.PageRequest;

/**
 * Puts the 查诬 cases waiting on the user (a step of his role, in his scope) on 我的待办, soonest due
 * first; the 待办工作 card's 查诬 line counts the same list and links here. Hidden when none waits.
 */
@org.springframework.stereotype.Component
class AccusationTasksSection implements TaskSection {

    private final AccusationService accusations;
    private final CurrentUsers users;

    AccusationTasksSection(AccusationService accusations, CurrentUsers users) {
        this.accusations = accusations;
        this.users = users;
    }

    @Override
    public Optional<Component> section() {
        if (users.current().filter(u -> u.holds(OrganisationAndDiscipline.class)).isEmpty()) {
            return Optional.empty();
        }
        long waiting = accusations.myTasks(PageRequest.of(0, 1)).getTotalElements();
        return waiting == 0 ? Optional.empty() : Optional.of(new Section(accusations, waiting));
    }

    private static final class Section extends Div {

        /** Up to this many rows the grid grows with them; beyond, it scrolls. */
        private static final int ALL_VISIBLE = 10;

        Section(AccusationService accusations, long waiting) {
            setId("accusation-task-section");
            setWidthFull();
            add(new H3(getTranslation("accusation.tasks.title", waiting)));
            Grid<AccusationRow> grid = new Grid<>(AccusationRow.class, false);
            grid.setId("accusation-task-grid");
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.addColumn(AccusationRow::caseNo).setHeader(getTranslation("accusation.field.caseNo"));
            grid.addColumn(AccusationRow::accusedNames).setHeader(getTranslation("accusation.field.accused"));
            grid.addColumn(AccusationRow::unitName).setHeader(getTranslation("accusation.field.unit"));
            grid.addColumn(r -> r.stepName(getLocale())).setHeader(getTranslation("accusation.field.currentStep"));
            grid.addColumn(AccusationRow::stepDueOn).setHeader(getTranslation("accusation.field.dueOn"));
            grid.setItems(q -> accusations.myTasks(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) accusations.myTasks(PageRequest.of(0, 1)).getTotalElements());
            if (waiting <= ALL_VISIBLE) {
                grid.setAllRowsVisible(true);
            }
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccusationView.class,
                    String.valueOf(e.getItem().id()))));
            add(grid);
        }
    }
}
