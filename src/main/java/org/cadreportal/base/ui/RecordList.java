package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;

/** A list of records on a page, under its element id and style, saying so when there are none. */
public final class RecordList {

    private RecordList() {
    }

    /** The list, empty but for {@code none} when there are no {@code records}; the caller adds their lines. */
    public static Div of(String id, String className, Collection<?> records, Component none) {
        Div list = new Div();
        list.setId(id);
        list.addClassName(className);
        if (records.isEmpty()) {
            list.add(none);
        }
        return list;
    }

    /** One record of such a list: its title and who made it (or when) in its head, then {@code lines}. */
    public static Div entry(String title, String who, Component... lines) {
        Span heading = new Span(title);
        heading.addClassName("portal-record-title");
        Span by = new Span(who);
        by.addClassName("portal-record-who");
        Div head = new Div(heading, by);
        head.addClassName("portal-record-head");
        Div entry = new Div(head);
        entry.add(lines);
        entry.addClassName("portal-record");
        return entry;
    }
}
