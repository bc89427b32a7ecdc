package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.function.Supplier;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.Moves;
import org.cadreportal.base.ui.RecordView;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.VisitRow;

/**
 * One disciplined cadre's 回访教育: the discipline, and every visit planned and made, an overdue one
 * marked; a clerk or discipline officer plans visits and records them. Another unit's record is shown
 * exactly like a missing one.
 */
@Route("tolerance/visits")
@CaseReaders
public class DisciplineView extends RecordView implements HasUrlParameter<Long> {

    private final ToleranceService tolerance;

    public DisciplineView(ToleranceService tolerance) {
        super("portal-page");
        this.tolerance = tolerance;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(tolerance.discipline(id));
    }

    void show(DisciplineDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        if (d.mayEdit()) {
            Button plan = new Button(getTranslation("tolerance.action.planVisit"), new Icon(VaadinIcon.CALENDAR),
                    e -> VisitDialogs.plan(d, call -> move(d.id(), call), tolerance));
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.setId("plan-visit");
            actions.add(plan);
        }
        head(d.cadreName() + " · " + getTranslation("tolerance.visits.title"), actions);
        add(facts(d));
        add(new Div(new H3(getTranslation("tolerance.visit.listTitle")), visits(d)));
    }

    private Div facts(DisciplineDetails d) {
        Div facts = Facts.box("discipline-facts");
        facts.add(fact("tolerance.field.cadre", new Span(d.cadreName())));
        facts.add(fact("tolerance.field.unit", new Span(d.unitName())));
        facts.add(fact("tolerance.field.post", new Span(d.postTitle())));
        facts.add(fact("tolerance.field.disciplineType", new Span(getTranslation(d.type().labelKey()))));
        facts.add(fact("tolerance.field.disciplinedOn", new Span(d.decidedOn().toString())));
        facts.add(fact("tolerance.field.impactUntil", new Span(d.impactUntil().toString())));
        facts.add(fact("tolerance.field.recordedBy", new Span(d.recordedBy())));
        if (d.note() != null) {
            facts.add(Facts.wide(getTranslation("tolerance.field.disciplineNote"), new Span(d.note())));
        }
        return facts;
    }

    private Grid<VisitRow> visits(DisciplineDetails d) {
        Grid<VisitRow> grid = new Grid<>(VisitRow.class, false);
        grid.setId("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> v.plannedOn().toString()).setHeader(getTranslation("tolerance.field.plannedOn"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(v -> String.join("en".equals(getLocale().getLanguage()) ? ", " : "、", v.visitors()))
                .setHeader(getTranslation("tolerance.field.visitors")).setWidth("10em").setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("tolerance.field.visitedOn"))
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(v -> v.assessment() == null ? "" : getTranslation(v.assessment().labelKey()))
                .setHeader(getTranslation("tolerance.field.assessment")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(v -> v.notes() == null ? "" : v.notes()).setHeader(getTranslation("tolerance.field.visitNotes"))
                .setFlexGrow(1);
        if (d.mayEdit()) {
            grid.addComponentColumn(v -> {
                if (v.made()) {
                    return new Span();
                }
                Button record = new Button(getTranslation("tolerance.action.recordVisit"),
                        e -> VisitDialogs.record(d, v, call -> move(d.id(), call), tolerance));
                record.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                record.setId("record-visit-" + v.id());
                return record;
            }).setWidth("7em").setFlexGrow(0);
        }
        grid.setItems(d.visits());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tolerance.visit.empty"));
        return grid;
    }

    private Component state(VisitRow v) {
        if (v.made()) {
            return new Span(v.visitedOn().toString());
        }
        if (v.overdue()) {
            Span tag = new Span(getTranslation("tolerance.visit.overdue"));
            tag.addClassNames("portal-tag", "portal-tag-danger", "visit-overdue");
            return tag;
        }
        Span tag = new Span(getTranslation("tolerance.visit.planned"));
        tag.addClassNames("portal-tag", "portal-tag-open");
        return tag;
    }

    /** Runs a move on what this page shows, as every record page does ({@link Moves#run}). */
    boolean move(long id, Supplier<DisciplineDetails> action) {
        return Moves.run(action, this::show, () -> tolerance.discipline(id));
    }

    private Div fact(String key, Component value) {
        return Facts.fact(getTranslation(key), value);
    }
}
