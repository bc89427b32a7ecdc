package org.cadreportal.archive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.cadreportal.archive.EntryStatus;

/** The status and late marks of an entry, the same in every grid and on its page. */
final class EntryTags {

    private EntryTags() {
    }

    static Span status(EntryStatus status) {
        Span tag = new Span(UI.getCurrent().getTranslation(status.labelKey()));
        tag.addClassNames("portal-tag", switch (status) {
            case ACCEPTED -> "portal-tag-active";
            case RETURNED -> "portal-tag-danger";
            case SUBMITTED -> "portal-tag-open";
            case DRAFT -> "portal-tag-retired";
        });
        return tag;
    }

    static Span late() {
        Span tag = new Span(UI.getCurrent().getTranslation("archive.field.late"));
        tag.addClassNames("portal-tag", "portal-tag-danger");
        return tag;
    }
}
