package org.cadreportal.archive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.EntryTransitionRow;
import org.cadreportal.archive.KeyFigure;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.audit.ui.HistoryPanel;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.RecordList;
import org.cadreportal.base.ui.RecordView;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalUsers;
import org.cadreportal.workflow.AttachmentRow;

/**
 * One achievement entry: its facts and texts, evidence files, the review, and every status change with
 * who and when. The filer edits it while it is a draft or returned; a clerk reviews it once submitted.
 * "new" opens an empty form (for a clerk, {@code ?cadre=<id>} files on that cadre's behalf).
 */
@Route("archive/entry")
@PortalUsers
public class EntryView extends RecordView implements HasUrlParameter<String> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ArchiveService archive;
    private final CadreService cadres;
    private final CurrentUser user;
    private final Clock clock;
    private Long shown;

    public EntryView(ArchiveService archive, CadreService cadres, CurrentUsers users, Clock clock) {
        this.archive = archive;
        this.cadres = cadres;
        this.user = users.require();
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            Long cadreId = event.getLocation().getQueryParameters().getSingleParameter("cadre")
                    .map(RouteIds::parse).orElse(null);
            if (cadreId == null ? !user.has(Role.CADRE) || user.cadreId() == null : !user.has(Role.CLERK)) {
                throw new RecordNotFoundException();
            }
            showNew(cadreId);
            return;
        }
        show(archive.get(RouteIds.parse(parameter)));
    }

    private void showNew(Long cadreId) {
        shown = null;
        head(getTranslation("archive.entry.new"), back());
        if (cadreId != null) {
            // A cadre outside the clerk's scope (or none at all) is missing here, before any form shows.
            CadreDetails cadre = cadres.get(cadreId);
            Paragraph proxy = new Paragraph(getTranslation("archive.entry.proxyNote", cadre.form().getName(),
                    cadre.unitName()));
            proxy.addClassName("portal-case-findings");
            add(proxy);
        }
        add(new EntryEditor(archive, null, cadreId, clock, this::reopen, this::leave));
    }

    private void show(EntryDetails d) {
        shown = d.row().id();
        EntryRow r = d.row();
        head(getTranslation("archive.entry.title") + " · " + r.cadreName(), tags(r), back());
        add(facts(d));
        if (d.row().status() == EntryStatus.RETURNED && d.returnReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("archive.entry.returned", d.reviewerName(),
                    d.returnReason()));
            reason.addClassName("portal-case-findings");
            reason.setId("entry-return-reason");
            add(reason);
        }
        if (d.canEdit()) {
            add(new EntryEditor(archive, d, null, clock, this::reopen, this::leave));
        } else {
            add(readout(d));
        }
        add(new H3(getTranslation("archive.field.evidence")), attachments(d));
        if (d.canReview()) {
            add(new ReviewPanel(archive, d, this::reopen));
        }
        add(new H3(getTranslation("archive.entry.history")), history(d.transitions()));
        add(new H3(getTranslation("archive.entry.versions")), new HistoryPanel(archive.history(r.id()),
                clock.getZone(), f -> "archive.field." + f, Map.of("role", v -> WorkRole.valueOf(v).labelKey(),
                "status", v -> EntryStatus.valueOf(v).labelKey(), "late", v -> "true".equals(v) ? "common.yes"
                : "common.no")));
    }

    /** After a save: a new entry gets its own address; an existing one is redrawn in place. */
    private void reopen(EntryDetails d) {
        if (shown == null || shown != d.row().id()) {
            getUI().ifPresent(ui -> ui.navigate(EntryView.class, String.valueOf(d.row().id())));
        } else {
            show(d);
        }
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(user.has(Role.CADRE) ? "my-archive" : "archive"));
    }

    private Component tags(EntryRow r) {
        Div tags = new Div(EntryTags.status(r.status()));
        tags.setId("entry-status");
        if (r.late()) {
            tags.add(EntryTags.late());
        }
        if (r.proxyName() != null) {
            Span proxy = new Span(getTranslation("archive.tag.proxy", r.proxyName()));
            proxy.addClassNames("portal-tag", "portal-tag-info");
            tags.add(proxy);
        }
        return tags;
    }

    private Button back() {
        Button back = new Button(getTranslation("archive.action.back"), new Icon(VaadinIcon.ARROW_LEFT), e -> leave());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }

    private Div facts(EntryDetails d) {
        EntryRow r = d.row();
        Div facts = Facts.box("entry-facts");
        Component cadre = user.has(Role.CADRE) && user.roles().size() == 1 ? new Span(r.cadreName())
                : new Anchor("cadre/" + r.cadreId(), r.cadreName());
        facts.add(fact("archive.field.cadre", cadre));
        facts.add(fact("archive.field.unit", new Span(r.unitName())));
        facts.add(fact("archive.field.period", new Span(r.period().in(getLocale()))));
        facts.add(fact("archive.field.field", new Span(r.field().in(getLocale()))));
        facts.add(fact("archive.field.level", new Span(r.level().in(getLocale()))));
        facts.add(fact("archive.field.category", new Span(r.category().in(getLocale()))));
        facts.add(fact("archive.field.role", new Span(getTranslation(r.role().labelKey()))));
        facts.add(fact("archive.field.submittedAt", new Span(r.submittedAt() == null ? "—"
                : r.submittedAt().format(WHEN))));
        if (d.scores().total() != null) {
            facts.add(fact("archive.field.scoreTotal", new Span(getTranslation("archive.scores",
                    d.scores().total(), n(d.scores().completion()), n(d.scores().truth()),
                    n(d.scores().difficulty()), n(d.scores().contribution())))));
        }
        return facts;
    }

    private static String n(Integer v) {
        return v == null ? "—" : v.toString();
    }

    private Div fact(String key, Component value) {
        return Facts.fact(getTranslation(key), value);
    }

    private Div readout(EntryDetails d) {
        Div texts = Facts.box("entry-texts");
        texts.add(Facts.wide(getTranslation("archive.field.whatDone"), new Paragraph(d.form().getWhatDone())));
        texts.add(Facts.wide(getTranslation("archive.field.achieved"), new Paragraph(d.form().getAchieved())));
        texts.add(Facts.wide(getTranslation("archive.field.effect"), new Paragraph(d.form().getEffect())));
        if (!d.form().getFigures().isEmpty()) {
            texts.add(Facts.wide(getTranslation("archive.field.figures"), new Span(d.form().getFigures().stream()
                    .map(EntryView::figure).collect(Collectors.joining(getTranslation("common.separator"))))));
        }
        return texts;
    }

    private static String figure(KeyFigure k) {
        return k.label() + " " + k.amount().stripTrailingZeros().toPlainString() + (k.unit() == null ? "" : k.unit());
    }

    private Div attachments(EntryDetails d) {
        Div list = RecordList.of("entry-attachments", "portal-records", d.attachments(),
                new Paragraph(getTranslation("archive.entry.noEvidence")));
        for (AttachmentRow a : d.attachments()) {
            Anchor file = new Anchor(Downloads.stored(() -> archive.attachment(d.row().id(), a.id())),
                    AttachmentType.DOWNLOAD, a.fileName() + "（" + Math.max(1, a.sizeBytes() / 1024) + " KB）");
            file.addClassName("portal-record-file");
            Div line = new Div(file);
            line.addClassName("portal-record-line");
            if (d.canEdit()) {
                Button remove = new Button(getTranslation("archive.action.removeFile"), e -> {
                    try {
                        reopen(archive.removeAttachment(d.row().id(), a.id()));
                    } catch (PortalException ex) {
                        Notices.error(ex);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                line.add(remove);
            }
            list.add(line);
        }
        return list;
    }

    private Div history(List<EntryTransitionRow> moves) {
        Div list = new Div();
        list.setId("entry-history");
        list.addClassName("portal-records");
        for (EntryTransitionRow t : moves) {
            Div entry = RecordList.entry(t.from() == null ? getTranslation("archive.history.created")
                    : getTranslation(t.from().labelKey()) + " → " + getTranslation(t.to().labelKey()),
                    t.actorName() + " · " + t.at().format(WHEN));
            if (t.note() != null) {
                Div note = new Div(new Span(t.note().startsWith("archive.") ? getTranslation(t.note()) : t.note()));
                note.addClassName("portal-record-line");
                entry.add(note);
            }
            list.add(entry);
        }
        return list;
    }
}
