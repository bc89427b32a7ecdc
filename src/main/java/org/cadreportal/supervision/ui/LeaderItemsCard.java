package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cadreportal.base.ui.RecordsCard;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ProjectFactsService;

/** A city leader sees the items he 包保 when he signs in, each with its light and progress. */
@org.springframework.stereotype.Component
class LeaderItemsCard extends RecordsCard<ItemRow> {

    LeaderItemsCard(ProjectFactsService facts, CurrentUsers users) {
        super("home-leader-items", "supervision.leader.title", 8,
                () -> users.holds(SupervisionReaders.class), facts::leaderItems);
    }

    @Override
    protected Div line(UI ui, ItemRow r) {
        return new Div(LightBadge.of(r.light()), new Span(" "),
                new Anchor("supervision/item/" + r.id(), r.itemNo() + " · " + r.title()),
                new Span(" " + r.actualProgress() + "% · " + r.endDate()));
    }
}
