package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The page of one record (a case, an entry, an item, an inspection), drawn anew from the service after every
 * change under a title row that names the record and holds what the viewer may do with it; the browser tab
 * names the record too.
 */
public abstract class RecordView extends Div implements HasDynamicTitle {

    private String title = "";

    /** A record page laid out as a case: facts on top, the record's sections below. */
    protected RecordView() {
        this("portal-page", "portal-case");
    }

    protected RecordView(String... classNames) {
        addClassNames(classNames);
    }

    /** Starts a redraw: the page emptied, then the title row naming the record, with its actions. */
    protected void head(String title, Component... actions) {
        removeAll();
        this.title = title;
        add(new ViewToolbar(title, actions));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
