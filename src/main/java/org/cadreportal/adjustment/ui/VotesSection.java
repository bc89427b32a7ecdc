package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.base.ui.TaskSection;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.springframework.data.domain.PageRequest;

/**
 * 待您表决 on a committee member's 我的待办: the cases at 讨论决定 where he sits, present, and has not voted yet.
 * The 待办工作 card's votes line counts the same list and links here. Hidden when no vote waits.
 */
@org.springframework.stereotype.Component
class VotesSection implements TaskSection {

    private final AdjustmentService cases;
    private final CurrentUsers users;

    VotesSection(AdjustmentService cases, CurrentUsers users) {
        this.cases = cases;
        this.users = users;
    }

    @Override
    public Optional<Component> section() {
        if (users.current().filter(u -> u.has(Role.COMMITTEE)).isEmpty()) {
            return Optional.empty();
        }
        long waiting = cases.myVotes(PageRequest.of(0, 1)).getTotalElements();
        return waiting == 0 ? Optional.empty() : Optional.of(new Section(cases, waiting));
    }

    private static final class Section extends Div {

        Section(AdjustmentService cases, long waiting) {
            setId("vote-tasks");
            setWidthFull();
            add(new H3(getTranslation("adjustment.votes.title", waiting)));
            Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
            grid.setId("vote-grid");
            CaseColumns.configure(grid, false);
            grid.setItems(q -> cases.myVotes(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) cases.myVotes(PageRequest.of(0, 1)).getTotalElements());
            grid.setAllRowsVisible(true);
            grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, e.getItem().id())));
            add(grid);
        }
    }
}
