package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature puts in the header next to the user's name (the notices bell). Like a
 * {@link HomeCard}, each widget decides for itself whether the signed-in user sees it; the layout knows
 * none of the features. Widgets are shown in {@code order()}.
 */
public interface HeaderWidget {

    Optional<Component> widget();

    default int order() {
        return 0;
    }
}
