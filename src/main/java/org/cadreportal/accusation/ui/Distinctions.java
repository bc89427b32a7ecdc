package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** 三个区分开来: shown beside every form where a finding is made, as the guide for making it. */
final class Distinctions {

    private Distinctions() {
    }

    static Aside box() {
        UI ui = UI.getCurrent();
        Paragraph text = new Paragraph(ui.getTranslation("accusation.distinctions.text"));
        Aside box = new Aside(new H4(ui.getTranslation("accusation.distinctions.title")), text);
        box.addClassName("portal-distinctions");
        box.setId("distinctions");
        return box;
    }
}
