package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cadreportal.cadre.TimelineEntry;

/** 实绩时间轴: the events other features report for this cadre, newest first, each linking to its record. */
class TimelinePanel extends Div {

    TimelinePanel(List<TimelineEntry> entries) {
        setId("cadre-timeline");
        addClassName("portal-records");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("timeline.empty")));
            return;
        }
        for (TimelineEntry e : entries) {
            Span kind = new Span(getTranslation(e.kindKey()));
            kind.addClassNames("portal-tag", "portal-tag-info");
            Anchor title = new Anchor(e.link(), e.title());
            title.addClassName("portal-record-title");
            Span date = new Span(e.date().toString());
            date.addClassName("portal-record-who");
            Div head = new Div(kind, title, date);
            head.addClassName("portal-record-head");
            Div detail = new Div(new Span(e.detail()));
            detail.addClassName("portal-record-line");
            Div entry = new Div(head, detail);
            entry.addClassName("portal-record");
            add(entry);
        }
    }
}
