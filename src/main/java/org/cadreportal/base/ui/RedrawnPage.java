package org.cadreportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page an administrator edits (reference lists, settings), drawn anew from the service after every change:
 * the title row, then what {@link #draw()} adds.
 */
public abstract class RedrawnPage extends Div implements HasDynamicTitle {

    private final String titleKey;

    protected RedrawnPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("portal-page");
    }

    /** Draws the page anew; a subclass calls it once its constructor has set what {@link #draw()} reads. */
    protected final void render() {
        removeAll();
        add(new ViewToolbar(getTranslation(titleKey)));
        draw();
    }

    /** Adds the page's content under the title row. */
    protected abstract void draw();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
