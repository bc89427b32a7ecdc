package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.stream.Collectors;
import org.cadreportal.base.ui.LazyContent;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.ui.CasePage;
import org.cadreportal.workflow.ui.StatusTag;
import org.cadreportal.workflow.ui.WorkflowCaseView;

/**
 * One application: its facts, the procedure as a stepper, the current step's form for whoever may act
 * on it (read-only for everyone else), every step taken, and the change history. An application of
 * another unit is shown exactly like a missing one.
 */
@Route("tolerance")
@CaseReaders
public class ApplicationView extends WorkflowCaseView<ApplicationDetails, ApplicationStepPanel>
        implements HasUrlParameter<Long> {

    private final ToleranceService tolerance;
    private final Clock clock;

    public ApplicationView(ToleranceService tolerance, Clock clock) {
        super(tolerance::get);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        open(id);
    }

    @Override
    protected void show(ApplicationDetails a) {
        redraw(a.header().applicationNo() + " · " + a.header().cadreName(), actions(a), facts(a));
        // Typing survives a redraw on the same step (someone else's change, a stale save): nothing is lost.
        Div main = main(panel(a, () -> new ApplicationStepPanel(tolerance, a, action -> move(action))));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("application-tabs");
        tabs.add(getTranslation("workflow.records.title"), CasePage.records(a.records(), getLocale(),
                attachmentId -> tolerance.attachment(a.id(), attachmentId)));
        tabs.add(getTranslation("cadre.tab.history"), LazyContent.of(() -> ChangeHistory.of(tolerance.history(a.id()),
                clock.getZone())));
        main.add(tabs);
        add(CasePage.body(a.standing(), a.records(), getLocale(), main));
    }

    private HorizontalLayout actions(ApplicationDetails a) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!a.mayAct()) {
            return actions;
        }
        if (a.standing().currentOrdinal() > 2) {
            actions.add(CasePage.sendBack("application-send-back", a.standing(),
                    (target, reason) -> move(() -> tolerance.sendBack(a.id(), a.version(), target, reason))));
        }
        if (!a.steps().finding().decided()) {
            actions.add(CasePage.terminate("application-terminate",
                    reason -> move(() -> tolerance.terminate(a.id(), a.version(), reason))));
        }
        return actions;
    }

    private Div facts(ApplicationDetails a) {
        Div facts = Facts.box("application-facts");
        Span status = StatusTag.of(a.standing().status());
        status.setId("application-status");
        facts.add(fact("tolerance.field.status", status));
        if (a.isOpen()) {
            facts.add(fact("tolerance.field.dueOn", StatusTag.due(a.standing(), "adjustment.overdue")));
        }
        facts.add(fact("tolerance.field.cadre", new Span(a.header().cadreName())));
        facts.add(fact("tolerance.field.unit", new Span(a.header().unitName())));
        facts.add(fact("tolerance.field.post", new Span(a.header().postTitle())));
        facts.add(fact("tolerance.field.applicantType",
                new Span(getTranslation(a.header().applicantType().labelKey()))));
        facts.add(fact("tolerance.field.appliedOn", new Span(a.header().appliedOn().toString())));
        facts.add(fact("tolerance.field.category", new Span(a.header().category().name(getLocale()))));
        if (a.header().linkedCaseNo() != null) {
            facts.add(fact("tolerance.field.linkedCaseNo", new Span(a.header().linkedCaseNo())));
        }
        facts.add(wide("tolerance.field.matter", new Span(a.header().matter())));
        facts.add(wide("tolerance.field.exemptions",
                new Span(a.header().exemptions().stream().map(e -> e.name(getLocale()))
                .collect(Collectors.joining(getTranslation("common.separator"))))));
        if (a.steps().verification().done()) {
            String found = a.steps().verification().found().isEmpty() ? getTranslation("tolerance.exclusion.none")
                    : a.steps().verification().found().stream().map(Exclusion::labelKey).map(this::getTranslation)
                    .collect(Collectors.joining(getTranslation("common.separator")));
            Span exclusions = new Span(found);
            exclusions.setId("application-exclusions");
            if (!a.steps().verification().found().isEmpty()) {
                exclusions.addClassName("portal-text-danger");
            }
            facts.add(wide("tolerance.field.exclusions", exclusions));
        }
        if (a.steps().finding().decided()) {
            Span outcome = ApplicationListView.outcomeTag(a.steps().finding().outcome());
            outcome.setId("application-outcome");
            facts.add(fact("tolerance.field.outcome", outcome));
            facts.add(fact("tolerance.field.decidedOn", new Span(a.steps().finding().decidedOn().toString())));
            facts.add(wide("tolerance.field.findingReasons", new Span(a.steps().finding().reasons())));
        }
        if (a.steps().filing().on() != null) {
            facts.add(fact("tolerance.field.archiveNo", new Span(a.steps().filing().archiveNo())));
        }
        return facts;
    }

    private Div fact(String key, Component value) {
        return Facts.fact(getTranslation(key), value);
    }

    private Div wide(String key, Component value) {
        return Facts.wide(getTranslation(key), value);
    }
}
