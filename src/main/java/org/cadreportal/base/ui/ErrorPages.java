package org.cadreportal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The plain pages users see instead of a stack trace. */
final class ErrorPages {

    private ErrorPages() {
    }

    static void fill(Div page, String titleKey, String textKey) {
        page.removeAll();
        page.addClassName("portal-error-page");
        page.setId("error-page");
        page.add(new H2(page.getTranslation(titleKey)), new Paragraph(page.getTranslation(textKey)),
                new Anchor("", page.getTranslation("error.backHome")));
    }
}
