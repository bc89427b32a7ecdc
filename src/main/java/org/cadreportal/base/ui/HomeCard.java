package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts on the signed-in user's home page (unread notices, waiting work). Each card
 * decides for itself whether the user should see it; the home page knows none of the features.
 */
public interface HomeCard {

    Optional<Component> card();
}
