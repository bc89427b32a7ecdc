package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.base.ui.HomeCard;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * A clerk or discipline officer sees the 查诬 cases waiting on them when they sign in, late
 * clarifications marked, so a 20-working-day deadline is not missed for want of looking.
 */
@org.springframework.stereotype.Component
class AccusationTasksCard implements HomeCard {

    private static final int SHOWN = 5;

    private final AccusationService accusations;
    private final CurrentUsers users;

    AccusationTasksCard(AccusationService accusations, CurrentUsers users) {
        this.accusations = accusations;
        this.users = users;
    }

    @Override
    public Optional<Component> card() {
        if (users.current().filter(u -> u.holds(OrganisationAndDiscipline.class)).isEmpty()) {
            return Optional.empty();
        }
        Page<AccusationRow> waiting = accusations.myTasks(PageRequest.of(0, SHOWN));
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div card = HomeCard.records("home-accusation-tasks",
                ui.getTranslation("accusation.tasks.title", waiting.getTotalElements()));
        for (AccusationRow r : waiting) {
            Div line = new Div(new Anchor("accusation/" + r.id(), r.caseNo() + " · " + r.accusedNames()),
                    new Span(" " + r.stepName(ui.getLocale())));
            line.addClassName("portal-record");
            if (r.clarificationDaysLeft() != null) {
                line.add(Countdown.badge(r.clarificationDaysLeft(), r.clarificationDueOn()));
            }
            card.add(line);
        }
        card.add(new Anchor("accusations", ui.getTranslation("accusation.tasks.all")));
        return Optional.of(card);
    }
}
