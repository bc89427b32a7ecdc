package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadrePortrait;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitSection;

/**
 * The cadre's portrait (干部画像) on a case page, collapsible: the profile line with a link to the cadre's
 * page and full timeline, then one compact card per section the viewer may open (figures on top, the
 * latest rows below, each row a link to its record). Open by default where the case is judged and decided.
 */
class PortraitPanel extends Details {

    /**
     * @param photo the cadre's photo, fetched only when the browser asks for the image (and only when the
     *              portrait says there is one)
     */
    PortraitPanel(CadrePortrait p, boolean opened, Supplier<Optional<AppointmentRecord.Photo>> photo) {
        setId("case-portrait");
        addClassName("portal-portrait");
        Span summary = new Span(getTranslation("portrait.title") + " · " + p.name());
        summary.addClassName("portal-portrait-summary");
        setSummary(summary);
        Div body = new Div(profile(p, photo));
        p.sections().stream().filter(PortraitSection::line).forEach(s -> body.add(line(s)));
        Div sections = new Div();
        sections.addClassName("portal-portrait-sections");
        p.sections().stream().filter(s -> !s.line()).forEach(s -> sections.add(section(s, p.cadreId())));
        body.add(sections);
        add(body);
        setOpened(opened);
    }

    private Div profile(CadrePortrait p, Supplier<Optional<AppointmentRecord.Photo>> photo) {
        Div line = new Div();
        line.addClassName("portal-portrait-profile");
        if (p.hasPhoto()) {
            Image image = new Image(photoHandler(photo), getTranslation("portrait.photo") + " " + p.name());
            image.addClassName("portal-portrait-photo");
            image.setId("portrait-photo");
            line.add(image);
        } else {
            Div none = new Div(VaadinIcon.USER.create());
            none.addClassNames("portal-portrait-photo", "portal-portrait-no-photo");
            none.setTitle(getTranslation("portrait.noPhoto"));
            line.add(none);
        }
        Anchor name = link(p.name(), cadreRoute(p.cadreId()));
        name.setId("portrait-cadre-link");
        name.addClassName("portal-portrait-name");
        line.add(name);
        if (p.birthDate() != null) {
            line.add(new Span(getTranslation("portrait.age", p.age())));
        }
        line.add(new Span(p.unitName() + " " + (p.postTitle() == null ? "" : p.postTitle())));
        if (p.rank() != null) {
            line.add(new Span(getTranslation("common.label", getTranslation("portrait.rank"))
                    + getTranslation(p.rank().labelKey())));
        }
        Anchor timeline = link(getTranslation("portrait.timeline"), cadreRoute(p.cadreId()) + "?tab=timeline");
        timeline.setId("portrait-timeline-link");
        timeline.addClassName("portal-portrait-timeline");
        line.add(timeline);
        return line;
    }

    private Component section(PortraitSection s, long cadreId) {
        Div card = new Div();
        card.addClassName("portal-portrait-section");
        card.setId("portrait-" + s.key());
        H4 title = new H4(s.title());
        Div figures = new Div();
        figures.addClassName("portal-portrait-figures");
        for (PortraitSection.Figure f : s.figures()) {
            Span value = new Span(f.value());
            value.addClassName("portal-portrait-figure-value");
            Span figure = new Span(new Span(f.label()), value);
            figure.addClassNames("portal-portrait-figure", tone(f.tone()));
            figures.add(figure);
        }
        card.add(title, figures);
        if (s.rows().isEmpty()) {
            Span none = new Span(getTranslation("portrait.empty"));
            none.addClassName("portal-portrait-empty");
            card.add(none);
        }
        for (PortraitRow r : s.rows()) {
            card.add(row(r));
        }
        if (s.more() > 0) {
            Anchor more = link(getTranslation("portrait.more", s.more()), cadreRoute(cadreId) + "?tab=timeline");
            more.addClassName("portal-portrait-more");
            card.add(more);
        }
        return card;
    }

    /** A short section as one line: its title, then each row as a linked tag ("2025年度 优秀"). */
    private Div line(PortraitSection s) {
        Div line = new Div();
        line.addClassName("portal-portrait-line");
        line.setId("portrait-" + s.key());
        line.add(new Span(getTranslation("common.label", s.title())));
        if (s.rows().isEmpty()) {
            Span none = new Span(getTranslation("portrait.empty"));
            none.addClassName("portal-portrait-empty");
            line.add(none);
        }
        for (PortraitRow r : s.rows()) {
            Anchor item = link(r.title() + " ", r.link());
            if (r.tag() != null) {
                Span tag = new Span(r.tag());
                tag.addClassNames("portal-tag", tone(r.tone()));
                item.add(tag);
            }
            item.addClassName("portal-portrait-line-item");
            line.add(item);
        }
        return line;
    }

    private Anchor row(PortraitRow r) {
        Span date = new Span(r.date() == null ? "" : r.date().toString());
        date.addClassName("portal-portrait-date");
        Span head = new Span(r.title());
        head.addClassName("portal-portrait-row-title");
        Div top = new Div(date);
        top.addClassName("portal-portrait-row-top");
        if (r.tag() != null) {
            Span tag = new Span(r.tag());
            tag.addClassNames("portal-tag", tone(r.tone()));
            top.add(tag);
        }
        top.add(head);
        Anchor row = link("", r.link());
        row.add(top);
        if (r.text() != null && !r.text().isBlank()) {
            Div text = new Div(r.text());
            text.addClassName("portal-portrait-row-text");
            row.add(text);
        }
        row.addClassName("portal-portrait-row");
        row.setTitle(r.title() + "\n" + (r.text() == null ? "" : r.text()));
        return row;
    }

    /** Sends the photo as it is stored (JPEG or PNG, checked by content when it was uploaded); none is a 404. */
    private static DownloadHandler photoHandler(Supplier<Optional<AppointmentRecord.Photo>> photo) {
        return event -> {
            try {
                Optional<AppointmentRecord.Photo> found = photo.get();
                if (found.isEmpty()) {
                    event.getResponse().setStatus(404);
                    return;
                }
                byte[] bytes = found.get().bytes();
                event.setContentType(found.get().mediaType());
                event.setContentLength(bytes.length);
                event.getResponse().setHeader("Cache-Control", "no-store");
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                try (OutputStream out = event.getOutputStream()) {
                    out.write(bytes);
                }
            } catch (IOException | RuntimeException e) {
                event.getResponse().setStatus(404);
            }
        };
    }

    /** A link the router follows inside the page (like RouterLink), so "back" returns to the case. */
    private static Anchor link(String text, String route) {
        Anchor a = new Anchor(route, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }

    private static String cadreRoute(long cadreId) {
        return "cadre/" + cadreId;
    }

    private static String tone(PortraitRow.Tone tone) {
        return "portal-tone-" + tone.name().toLowerCase(java.util.Locale.ROOT);
    }
}
