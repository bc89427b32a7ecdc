package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.ToleranceFinding;
import org.cadreportal.base.LiveUpdates;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.AppointmentForms;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.LrmxExchange;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.ui.CasePage;
import org.cadreportal.workflow.ui.ReasonDialog;
import org.cadreportal.workflow.ui.StatusTag;
import org.cadreportal.workflow.ui.WorkflowCaseView;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One case: its facts, the procedure as a stepper, the current step's form for whoever may act on it
 * (read-only for everyone else), and every step taken so far.
 */
@Route("adjustment")
@CaseReaders
public class CaseView extends WorkflowCaseView<CaseDetails, StepPanel> implements HasUrlParameter<Long> {

    private final AdjustmentService cases;
    private final CadreService cadres;
    private final CadreProfileService profiles;
    private final CurrentUser user;
    private PortraitPanel portrait;
    private long portraitCase;

    private final AppointmentForms forms;
    private final LrmxExchange lrmx;

    private final LiveUpdates live;
    private LiveUpdates.Listening listening;
    private long listeningTo = -1;

    public CaseView(AdjustmentService cases, CadreService cadres, CadreProfileService profiles, CurrentUsers users,
                    AppointmentForms forms, LrmxExchange lrmx, LiveUpdates live) {
        super(cases::get);
        this.live = live;
        this.forms = forms;
        this.lrmx = lrmx;
        this.cases = cases;
        this.cadres = cadres;
        this.profiles = profiles;
        this.user = users.require();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        open(id);
    }

    @Override
    protected void show(CaseDetails c) {
        redraw(c.header().caseNo() + " · " + c.header().cadreName(), actions(c), facts(c));
        portrait(c).ifPresent(this::add);
        Div main = main();
        StepDefinition step = c.currentStep();
        if (c.isOpen() && !c.steps().findings().isEmpty()
                && ("ANALYSE".equals(step.code()) || StepForms.DECISION.equals(step.form()))) {
            main.add(findings(c));
        }
        // Typing survives a redraw on the same step: a vote, a visit or someone else's change loses nothing.
        StepPanel panel = panel(c, () -> new StepPanel(cases, c, user, action -> move(action)));
        // At 讨论决定 the count and the close lead the page, above the facts and the portrait.
        panel.meetingHead().ifPresent(head -> addComponentAtIndex(1, head));
        listen(c.id());
        main.add(panel);
        H3 history = new H3(getTranslation("workflow.records.title"));
        main.add(history, CasePage.records(c.records(), getLocale(),
                attachmentId -> cases.attachment(c.id(), attachmentId)));
        add(CasePage.body(c.standing(), c.records(), getLocale(), main));
    }

    private HorizontalLayout actions(CaseDetails c) {
        HorizontalLayout actions = new HorizontalLayout();
        // Five links and buttons: on a phone they wrap instead of squeezing their labels.
        actions.addClassName("portal-case-actions");
        Anchor pdf = new Anchor(Downloads.pdf(c.header().caseNo() + ".pdf", out -> cases.writePdf(c.id(), out)),
                AttachmentType.DOWNLOAD, getTranslation("adjustment.action.pdf"));
        pdf.setId("case-pdf");
        pdf.addClassName("portal-link-button");
        actions.add(pdf);
        if (RecordAccess.rolesFor(AccessTypes.APPOINTMENT_FORM).stream().anyMatch(user::has)) {
            for (AppointmentForms.Format format : AppointmentForms.Format.values()) {
                actions.add(formLink(c, format));
            }
            actions.add(lrmxLink(c));
        }
        if (c.actions().maySendBack()) {
            actions.add(CasePage.sendBack("case-send-back", c.standing(),
                    (target, reason) -> move(() -> cases.sendBack(c.id(), c.version(), target, reason))));
        }
        if (c.actions().mayCloseImproved()) {
            Button improved = new Button(getTranslation("adjustment.action.improved"), new Icon(VaadinIcon.CHECK_CIRCLE),
                    e -> ReasonDialog.reason("adjustment.improved.title", "adjustment.improved.confirm",
                            reason -> move(() -> cases.closeImproved(c.id(), c.version(), reason))));
            improved.setId("case-improved");
            actions.add(improved);
        }
        if (c.actions().mayTerminate()) {
            actions.add(CasePage.terminate("case-terminate",
                    reason -> move(() -> cases.terminate(c.id(), c.version(), reason))));
        }
        return actions;
    }

    /** The 干部任免审批表 of the case's cadre with the case's 拟任, 拟免, 任免理由 and 呈报单位. */
    private Anchor formLink(CaseDetails c, AppointmentForms.Format format) {
        Anchor link = new Anchor(Downloads.file(getTranslation("appointment.form.fileName", c.header().cadreName())
                + "." + format.extension(), format.mediaType(),
                out -> forms.write(cases.appointmentRecord(c.id()), format, out)), AttachmentType.DOWNLOAD,
                getTranslation("appointment.action." + format.extension()));
        link.setId("case-form-" + format.extension());
        link.addClassName("portal-link-button");
        return link;
    }

    /** The same form as an LRMX file for the 任免审批表 editor, with the case's 拟任, 拟免, 任免理由 and 呈报单位. */
    private Anchor lrmxLink(CaseDetails c) {
        Anchor link = new Anchor(Downloads.file(c.header().cadreName() + ".lrmx", "application/xml",
                out -> lrmx.write(cases.appointmentRecord(c.id()), out)), AttachmentType.DOWNLOAD,
                getTranslation("cadre.action.exportLrmx"));
        link.setId("case-lrmx");
        link.addClassName("portal-link-button");
        return link;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (shown() != null) {
            listen(shown().id());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
        super.onDetach(event);
    }

    /**
     * Follows the case live while the page is open (server push): another member's vote or the chair's change
     * reaches this page at once. Runs as the page's user, as the page's own requests do.
     */
    private void listen(long id) {
        UI ui = getUI().orElse(null);
        if (ui == null || listeningTo == id || !ui.getPushConfiguration().getPushMode().isEnabled()) {
            return;
        }
        stopListening();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        listening = live.listen(AdjustmentService.liveTopic(id), () -> {
            try {
                ui.access(() -> new DelegatingSecurityContextRunnable(() -> follow(id), context).run());
            } catch (UIDetachedException e) {
                // The page was closed meanwhile: nothing to show.
            }
        });
        listeningTo = id;
    }

    private void stopListening() {
        if (listening != null) {
            listening.stop();
            listening = null;
        }
        listeningTo = -1;
    }

    /** A vote only redraws the meeting's count and seats (the chair's typing stays); anything else the page. */
    private void follow(long id) {
        CaseDetails shown = shown();
        if (shown == null || shown.id() != id) {
            return;
        }
        CaseDetails now = cases.reload(id);
        boolean voteOnly = now.version() == shown.version() && now.viewer().equals(shown.viewer())
                && now.steps().meeting().votingStarted() == shown.steps().meeting().votingStarted();
        refresh(now, panel -> voteOnly && panel.updateMeeting(now));
    }

    private Div facts(CaseDetails c) {
        Div facts = Facts.box("case-facts");
        Span status = StatusTag.of(c.standing().status());
        status.setId("case-status");
        facts.add(fact("adjustment.field.status", status));
        if (c.isOpen()) {
            facts.add(fact("adjustment.field.dueOn", StatusTag.due(c.standing(), "adjustment.overdue")));
        }
        facts.add(fact("adjustment.field.direction", new Span(getTranslation(c.header().direction().labelKey()))));
        Anchor cadre = new Anchor("cadre/" + c.header().cadreId(), c.header().cadreName());
        cadre.getElement().setAttribute("router-link", true);
        cadre.setId("case-cadre");
        facts.add(fact("adjustment.field.cadre", cadre));
        facts.add(fact("adjustment.field.unit", new Span(c.header().unitName())));
        facts.add(fact("adjustment.field.formerPost", new Span(c.header().formerPost() + " · "
                + getTranslation(c.header().formerRank().labelKey()))));
        facts.add(fact("adjustment.field.source", new Span(getTranslation(c.header().source().labelKey()))));
        facts.add(fact("adjustment.field.openedOn", new Span(c.header().openedOn().toString())));
        CaseDetails.Origin origin = c.header().origin();
        if (origin.reference() != null) {
            String shown = org.cadreportal.base.StoredText.show(origin.reference(), (k, a) -> getTranslation(k, a));
            Div reference = fact("adjustment.field.reference", origin.referenceLink() == null ? new Span(shown)
                    : new Anchor(origin.referenceLink(), shown));
            reference.setId("case-reference");
            reference.addClassName("portal-fact-wide");
            facts.add(reference);
        }
        if (origin.impactReason() != null) {
            Div reason = fact("adjustment.field.impactReason", new Span(origin.impactReason()));
            reason.setId("case-impact-reason");
            reason.addClassName("portal-fact-wide");
            facts.add(reason);
        }
        if (!c.header().situations().isEmpty()) {
            Div wide = fact("adjustment.field.situations", new Span(c.header().situations().stream()
                    .map(s -> s.name(getLocale())).collect(Collectors.joining(getTranslation("common.separator")))));
            wide.addClassName("portal-fact-wide");
            facts.add(wide);
        }
        Div summary = fact("adjustment.field.summary", new Span(c.header().summary()));
        summary.addClassName("portal-fact-wide");
        facts.add(summary);
        return facts;
    }

    /**
     * The cadre's portrait, read once per case shown (a redraw after a move keeps it), open where the case is
     * judged (分析研判) and decided (讨论决定). A cadre since moved out of the viewer's scope has none.
     */
    private java.util.Optional<PortraitPanel> portrait(CaseDetails c) {
        boolean judged = "ANALYSE".equals(c.currentStep().code()) || StepForms.DECISION.equals(c.currentStep().form());
        if (portrait == null || portraitCase != c.id()) {
            try {
                long cadreId = c.header().cadreId();
                portrait = new PortraitPanel(cadres.portrait(cadreId, getLocale()), c.isOpen() && judged,
                        () -> profiles.photo(cadreId));
                portraitCase = c.id();
            } catch (RecordNotFoundException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(portrait);
    }

    private Div fact(String key, com.vaadin.flow.component.Component value) {
        return Facts.fact(getTranslation(key), value);
    }

    private Div findings(CaseDetails c) {
        Div box = new Div(new H3(getTranslation("adjustment.findings.title")));
        box.addClassName("portal-case-findings");
        box.setId("case-findings");
        for (ToleranceFinding f : c.steps().findings()) {
            box.add(new Div(new Span(f.decidedOn() + " " + getTranslation("common.label",
                    f.matter()) + f.conclusion())));
        }
        return box;
    }
}
