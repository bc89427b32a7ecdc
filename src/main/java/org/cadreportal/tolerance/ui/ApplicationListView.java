package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.ApplicationFilter;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceForms;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.ui.StatusTag;

/** 容错纠错: every application in the user's scope, filtered and sorted in the database. */
@Route("tolerance")
@CaseReaders
@Menu(title = "menu.tolerance", order = 27, icon = "vaadin:umbrella")
public class ApplicationListView extends RecordListView<ApplicationRow, ApplicationFilter> {

    private final ToleranceService tolerance;
    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<CategoryRow> category = new Select<>();
    private final Select<StepDefinition> step = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final Select<FindingOutcome> outcome = new Select<>();

    public ApplicationListView(ToleranceService tolerance, CadreService cadres, WorkflowService workflow,
                               OrgService org, CurrentUsers users) {
        super(ApplicationRow.class, "tolerance.list", ApplicationFilter.all());
        this.tolerance = tolerance;
        CurrentUser user = users.require();
        head(actions(user, cadres), filterBar(workflow, org, user));
        columns();
        pages("application-grid", tolerance::page, tolerance::count);
        opens(ApplicationView.class, ApplicationRow::id);
        total.setId("application-total");
    }

    private HorizontalLayout actions(CurrentUser user, CadreService cadres) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.CLERK)) {
            actions.add(ViewToolbar.create("tolerance.action.apply", "new-application", e -> new NewApplicationDialog(
                    tolerance, cadres, created -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    created.id()))).open()));
        }
        actions.add(export("tolerance-applications.xlsx", tolerance::exportExcel, "export-applications"));
        return actions;
    }

    private void columns() {
        grid.addColumn(ApplicationRow::applicationNo).setHeader(getTranslation("tolerance.field.applicationNo"))
                .setSortProperty("applicationNo").setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(ApplicationRow::cadreName).setHeader(getTranslation("tolerance.field.cadre"))
                .setSortProperty("cadreName").setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(ApplicationRow::unitName).setHeader(getTranslation("tolerance.field.unit"))
                .setSortProperty("unit.name").setFlexGrow(1);
        grid.addColumn(ApplicationRow::matter).setHeader(getTranslation("tolerance.field.matter")).setFlexGrow(2)
                .setTooltipGenerator(ApplicationRow::matter);
        grid.addColumn(r -> r.category(getLocale())).setHeader(getTranslation("tolerance.field.category"))
                .setFlexGrow(1).setTooltipGenerator(r -> r.category(getLocale()));
        grid.addColumn(r -> r.currentOrdinal() + " " + r.stepName(getLocale()))
                .setHeader(getTranslation("tolerance.field.currentStep")).setSortProperty("progress.currentOrdinal")
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ApplicationListView::statusTag))
                .setHeader(getTranslation("tolerance.field.status")).setSortProperty("progress.status")
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ApplicationListView::outcomeTag))
                .setHeader(getTranslation("tolerance.field.outcome")).setSortProperty("outcome")
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> r.appliedOn().toString()).setHeader(getTranslation("tolerance.field.appliedOn"))
                .setSortProperty("appliedOn").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ApplicationListView::due))
                .setHeader(getTranslation("tolerance.field.dueOn")).setSortProperty("progress.stepDueOn")
                .setWidth("11.5em").setFlexGrow(0);
    }

    private HorizontalLayout filterBar(WorkflowService workflow, OrgService org, CurrentUser user) {
        SearchField.configure(search, "adjustment.filter.search", "tolerance.filter.searchHint", "application-search");

        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName,
                "tolerance.field.unit", "11em").setId("application-unit-filter");

        FilterSelects.configure(category, tolerance.categories(false), c -> c.name(getLocale()),
                "tolerance.field.category", "11em");
        category.setId("application-category-filter");
        FilterSelects.configure(step, workflow.procedure(ToleranceForms.PROCEDURE).steps(),
                s -> s.ordinal() + " " + s.name(getLocale()), "tolerance.field.currentStep", "7em");
        step.setId("application-step-filter");
        FilterSelects.configure(status, List.of(CaseStatus.OPEN, CaseStatus.COMPLETED, CaseStatus.TERMINATED),
                s -> getTranslation(s.labelKey()), "tolerance.field.status", "7em");
        status.setId("application-status-filter");
        FilterSelects.configure(outcome, List.of(FindingOutcome.values()), o -> getTranslation(o.labelKey()),
                "tolerance.field.outcome", "7em");
        outcome.setId("application-outcome-filter");

        return FilterBar.of(this::refresh, search, unit, category, step, status, outcome);
    }

    private void refresh() {
        refresh(new ApplicationFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                category.getValue() == null ? null : category.getValue().id(),
                step.getValue() == null ? null : step.getValue().code(), status.getValue(), outcome.getValue()));
    }

    static Span statusTag(ApplicationRow r) {
        return StatusTag.of(r.status());
    }

    static Span outcomeTag(ApplicationRow r) {
        return outcomeTag(r.outcome());
    }

    static Span outcomeTag(FindingOutcome outcome) {
        if (outcome == null) {
            return new Span("—");
        }
        Span tag = new Span(UI.getCurrent().getTranslation(outcome.labelKey()));
        tag.addClassNames("portal-tag", switch (outcome) {
            case EXEMPT -> "portal-tag-active";
            case REDUCED -> "portal-tag-info";
            case REFUSED -> "portal-tag-danger";
        });
        return tag;
    }

    private static Span due(ApplicationRow r) {
        return StatusTag.due(r.status(), r.stepDueOn(), r.overdueDays(), "adjustment.overdue");
    }
}
