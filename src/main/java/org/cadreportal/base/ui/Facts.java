package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled fact of a record page (label above, value below), laid out by the page's fact grid. */
public final class Facts {

    private Facts() {
    }

    /** A record page's fact grid, with the id tests and links find it by. */
    public static Div box(String id) {
        Div box = new Div();
        box.addClassName("portal-case-facts");
        box.setId(id);
        return box;
    }

    public static Div fact(String label, Component value) {
        Span caption = new Span(label);
        caption.addClassName("portal-fact-label");
        Div fact = new Div(caption, value);
        fact.addClassName("portal-fact");
        return fact;
    }

    public static Div wide(String label, Component value) {
        Div fact = fact(label, value);
        fact.addClassName("portal-fact-wide");
        return fact;
    }
}
