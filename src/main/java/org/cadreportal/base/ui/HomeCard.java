package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;

/**
 * Something a feature puts on the signed-in user's home page (unread notices, waiting work). Each card
 * decides for itself whether the user should see it; the home page knows none of the features.
 */
public interface HomeCard {

    Optional<Component> card();

    /** A card that lists records: its heading over the lines the card then adds, under the card's element id. */
    static Div records(String id, String heading) {
        Div card = new Div(new H3(heading));
        card.addClassNames("portal-home-card", "portal-records");
        card.setId(id);
        return card;
    }
}
