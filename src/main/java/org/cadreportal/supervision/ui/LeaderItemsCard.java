package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cadreportal.base.ui.HomeCard;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ProjectFactsService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** A city leader sees the items he 包保 when he signs in, each with its light and progress. */
@org.springframework.stereotype.Component
class LeaderItemsCard implements HomeCard {

    private static final int SHOWN = 8;

    private final ProjectFactsService facts;
    private final CurrentUsers users;

    LeaderItemsCard(ProjectFactsService facts, CurrentUsers users) {
        this.facts = facts;
        this.users = users;
    }

    @Override
    public Optional<Component> card() {
        if (users.current().filter(u -> u.holds(SupervisionReaders.class)).isEmpty()) {
            return Optional.empty();
        }
        Page<ItemRow> mine = facts.leaderItems(PageRequest.of(0, SHOWN));
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div card = HomeCard.records("home-leader-items",
                ui.getTranslation("supervision.leader.title", mine.getTotalElements()));
        for (ItemRow r : mine) {
            Div line = new Div(LightBadge.of(r.light()), new Span(" "),
                    new Anchor("supervision/item/" + r.id(), r.itemNo() + " · " + r.title()),
                    new Span(" " + r.actualProgress() + "% · " + r.endDate()));
            line.addClassName("portal-record");
            card.add(line);
        }
        return Optional.of(card);
    }
}
