package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.workflow.ui.CasePage;
import org.cadreportal.workflow.ui.StatusTag;
import org.cadreportal.workflow.ui.WorkflowCaseView;

/**
 * One 查诬 case: the report and its facts (the reporter's identity for discipline officers only), the
 * allegations with their findings, the procedure as a stepper, the current step's form for whoever may
 * act on it, the meetings and clarifications recorded, and every step taken. A case outside the user's
 * scope is a missing record.
 */
@Route("accusation")
@CaseReaders
public class AccusationView extends WorkflowCaseView<AccusationDetails, AccusationStepPanel>
        implements HasUrlParameter<String> {

    private final AccusationService cases;
    private final Clock clock;

    public AccusationView(AccusationService cases, Clock clock) {
        super(cases::get);
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        open(RouteIds.parse(parameter));
    }

    Clock clock() {
        return clock;
    }

    @Override
    protected void show(AccusationDetails d) {
        redraw(d.header().caseNo(), actions(d), facts(d));
        // Typing survives a redraw on the same step: a meeting or clarification added, someone else's change.
        AccusationStepPanel panel = panel(d, () -> new AccusationStepPanel(cases, d, this));
        Div main = main(panel);
        main.add(heading("accusation.allegations.title"), CaseSections.allegations(d));
        if (!panel.showsMeetings()) {
            main.add(heading("accusation.meetings.title"), CaseSections.meetings(d));
        }
        boolean clearing = d.header().allegations().stream().anyMatch(a -> a.finding() != null && a.finding().clears());
        if (clearing || !d.steps().clarifications().isEmpty()) {
            main.add(heading("accusation.clarifications.title"), CaseSections.clarifications(d));
        }
        main.add(heading("workflow.records.title"), CasePage.records(d.records(), getLocale(),
                attachmentId -> cases.attachment(d.id(), attachmentId)));
        add(CasePage.body(d.standing(), d.records(), getLocale(), main));
    }

    private H3 heading(String key) {
        return new H3(getTranslation(key));
    }

    private HorizontalLayout actions(AccusationDetails d) {
        HorizontalLayout actions = new HorizontalLayout(AccusationListView.backLink());
        if (!d.isOpen() || !d.mayAct()) {
            return actions;
        }
        if (d.standing().currentOrdinal() > 2) {
            actions.add(CasePage.sendBack("case-send-back", d.standing(),
                    (target, reason) -> move(() -> cases.sendBack(d.id(), d.version(), target, reason))));
        }
        actions.add(CasePage.terminate("case-terminate",
                reason -> move(() -> cases.terminate(d.id(), d.version(), reason))));
        return actions;
    }

    /** A move from a form: a refusal about one of its fields is shown on that field. */
    boolean submit(Map<String, ? extends HasValidation> fields, Supplier<AccusationDetails> action) {
        FieldErrors.clear(fields);
        try {
            return move(action);
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
            return false;
        }
    }

    private Div facts(AccusationDetails d) {
        Div facts = Facts.box("case-facts");
        Span status = StatusTag.of(d.standing().status());
        status.setId("case-status");
        Div state = new Div(status);
        state.addClassName("portal-tag-row");
        if (d.header().quickLogged()) {
            Span logged = new Span(getTranslation("accusation.field.quickLogged"));
            logged.addClassNames("portal-tag", "portal-tag-info");
            logged.setId("case-quick-logged");
            state.add(logged);
        }
        facts.add(fact("accusation.field.status", state));
        if (d.isOpen()) {
            facts.add(fact("accusation.field.dueOn", StatusTag.due(d.standing(), "accusation.overdue")));
        }
        facts.add(fact("accusation.field.reportNo", new Span(d.header().reportNo())));
        facts.add(fact("accusation.field.receivedOn", new Span(d.header().receivedOn().toString())));
        facts.add(fact("accusation.field.channel", new Span(getTranslation(d.header().channel().labelKey()))));
        facts.add(fact("accusation.field.reporter", reporter(d.header().reporter())));
        facts.add(fact("accusation.field.unit", new Span(d.header().unitName())));
        if (d.steps().foundOn() != null) {
            facts.add(fact("accusation.field.foundOn", new Span(d.steps().foundOn().toString())));
        }
        if (d.steps().clarificationDueOn() != null) {
            Div due = new Div(new Span(d.steps().clarificationDueOn().toString()));
            due.addClassName("portal-tag-row");
            if (d.steps().clarificationDaysLeft() != null) {
                Span badge = Countdown.badge(d.steps().clarificationDaysLeft(), d.steps().clarificationDueOn());
                badge.setId("clarification-countdown");
                due.add(badge);
            }
            Div fact = fact("accusation.field.clarificationDue", due);
            fact.addClassName("portal-fact-span2");
            fact.setId("case-clarification-due");
            facts.add(fact);
        }
        if (d.steps().referredTo() != null) {
            facts.add(fact("accusation.field.referredTo", new Span(getTranslation("accusation.referral",
                    d.steps().referredTo(), d.steps().referredOn() == null ? "" : d.steps().referredOn().toString()))));
        }
        Div accused = Facts.wide(getTranslation("accusation.field.accused"), new Span(d.header().accused().stream()
                .map(a -> getTranslation("accusation.cadreOption", a.name(), a.unitName(),
                        a.postTitle() == null ? "" : a.postTitle()))
                .collect(Collectors.joining(getTranslation("common.separator")))));
        accused.setId("case-accused");
        facts.add(accused);
        facts.add(Facts.wide(getTranslation("accusation.field.summary"), new Span(d.header().summary())));
        return facts;
    }

    /** A discipline officer reads who reported; everyone else reads that it is withheld from them. */
    private Span reporter(AccusationDetails.Reporter r) {
        Span reporter;
        if (r.anonymous()) {
            reporter = new Span(getTranslation("accusation.reporter.anonymous"));
        } else if (r.masked()) {
            reporter = new Span(getTranslation("accusation.reporter.masked"));
            reporter.addClassName("portal-muted");
        } else {
            reporter = new Span(r.contact() == null ? r.name()
                    : getTranslation("accusation.reporter.withContact", r.name(), r.contact()));
        }
        reporter.setId("case-reporter");
        return reporter;
    }

    private Div fact(String key, Component value) {
        return Facts.fact(getTranslation(key), value);
    }
}
