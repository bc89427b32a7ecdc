package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.base.ui.RecordsCard;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndDiscipline;

/**
 * A clerk or discipline officer sees the 查诬 cases waiting on them when they sign in, late
 * clarifications marked, so a 20-working-day deadline is not missed for want of looking.
 */
@org.springframework.stereotype.Component
class AccusationTasksCard extends RecordsCard<AccusationRow> {

    AccusationTasksCard(AccusationService accusations, CurrentUsers users) {
        super("home-accusation-tasks", "accusation.tasks.title", 5,
                () -> users.holds(OrganisationAndDiscipline.class),
                accusations::myTasks);
    }

    @Override
    protected Div line(UI ui, AccusationRow r) {
        Div line = new Div(new Anchor("accusation/" + r.id(), r.caseNo() + " · " + r.accusedNames()),
                new Span(" " + r.stepName(ui.getLocale())));
        if (r.clarificationDaysLeft() != null) {
            line.add(Countdown.badge(r.clarificationDaysLeft(), r.clarificationDueOn()));
        }
        return line;
    }

    @Override
    protected Optional<Component> all(UI ui) {
        return Optional.of(new Anchor("accusations", ui.getTranslation("accusation.tasks.all")));
    }
}
