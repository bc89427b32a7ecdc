package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.cadreportal.workflow.CaseStatus;

/** A case's status as the coloured tag every case list and case page shows, one colour per status. */
public final class StatusTag {

    private StatusTag() {
    }

    public static Span of(CaseStatus status) {
        Span tag = new Span(UI.getCurrent().getTranslation(status.labelKey()));
        tag.addClassNames("portal-tag", switch (status) {
            case OPEN -> "portal-tag-open";
            case COMPLETED -> "portal-tag-active";
            case REJECTED, TERMINATED -> "portal-tag-retired";
            case IMPROVED -> "portal-tag-info";
        });
        return tag;
    }
}
