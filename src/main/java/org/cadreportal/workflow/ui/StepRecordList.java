package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.cadreportal.workflow.AttachmentRow;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepRecordRow;

/** 办理记录: every step taken on a case, newest first, with its record and attachments. */
public class StepRecordList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** @param download makes the download of one attachment, by its id */
    public StepRecordList(List<StepRecordRow> records, Locale locale, LongFunction<DownloadHandler> download) {
        addClassName("portal-records");
        setId("case-records");
        if (records.isEmpty()) {
            add(new Paragraph(getTranslation("workflow.records.empty")));
            return;
        }
        for (int i = records.size() - 1; i >= 0; i--) {
            StepRecordRow r = records.get(i);
            Div entry = new Div();
            entry.addClassName("portal-record");
            Span title = new Span(r.ordinal() + ". " + r.stepName(locale));
            title.addClassName("portal-record-title");
            Span outcome = new Span(getTranslation(r.outcome().labelKey()));
            outcome.addClassNames("portal-tag", badge(r));
            Span who = new Span(r.actorName() + " · " + r.actedAt().format(WHEN));
            who.addClassName("portal-record-who");
            Div head = new Div(title, outcome, who);
            head.addClassName("portal-record-head");
            entry.add(head);
            for (StepDetail d : r.details()) {
                Div line = new Div(new Span(getTranslation("common.label", getTranslation(d.labelKey()))),
                        new Span(d.translate() ? getTranslation(d.value()) : d.value()));
                line.addClassName("portal-record-line");
                entry.add(line);
            }
            if (r.targetOrdinal() != null || r.opinion() != null) {
                String label = getTranslation(r.targetOrdinal() != null || r.outcome().name().equals("TERMINATED")
                        || r.outcome().name().equals("IMPROVED") ? "workflow.field.reason" : "workflow.field.opinion");
                Div line = new Div(new Span(getTranslation("common.label", label)), new Span(r.opinion() == null ? "" : r.opinion()));
                line.addClassName("portal-record-line");
                entry.add(line);
            }
            for (AttachmentRow a : r.attachments()) {
                Anchor link = new Anchor(download.apply(a.id()), AttachmentType.DOWNLOAD,
                        a.fileName() + " (" + Math.max(1, a.sizeBytes() / 1024) + " KB)");
                link.addClassName("portal-record-file");
                entry.add(link);
            }
            add(entry);
        }
    }

    private static String badge(StepRecordRow r) {
        return switch (r.outcome()) {
            case COMPLETED, LOGGED -> "portal-tag-active";
            case SENT_BACK, IMPROVED, NOTED -> "portal-tag-info";
            case TERMINATED, REJECTED -> "portal-tag-danger";
        };
    }
}
