package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.cadreportal.workflow.CaseStanding;
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

    /**
     * When the current step is due, as case lists and case pages show it: a dash for a closed case, the
     * danger tag with the days late past the step's limit ({@code overdueKey}: the date, the days), else the date.
     */
    public static Span due(CaseStatus status, LocalDate dueOn, long overdueDays, String overdueKey) {
        if (status != CaseStatus.OPEN) {
            return new Span("—");
        }
        if (overdueDays > 0) {
            Span tag = new Span(UI.getCurrent().getTranslation(overdueKey, dueOn.toString(), overdueDays));
            tag.addClassNames("portal-tag", "portal-tag-danger");
            return tag;
        }
        return new Span(dueOn.toString());
    }

    public static Span due(CaseStanding standing, String overdueKey) {
        return due(standing.status(), standing.stepDueOn(), standing.overdueDays(), overdueKey);
    }
}
