package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.cadreportal.supervision.Light;

/** A light as a coloured dot with its name. */
final class LightBadge {

    private LightBadge() {
    }

    static Span of(Light light) {
        Span s = new Span(UI.getCurrent().getTranslation(light.labelKey()));
        s.addClassNames("portal-light", "portal-light-" + light.name().toLowerCase());
        return s;
    }
}
