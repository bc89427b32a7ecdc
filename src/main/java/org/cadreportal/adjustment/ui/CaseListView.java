package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ListGrid;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.WorkflowService;

/** 能上能下调整事项: every adjustment in the user's scope, filtered and sorted in the database. */
@Route("adjustments")
@CaseReaders
@Menu(title = "menu.adjustments", order = 20, icon = "vaadin:exchange")
public class CaseListView extends Div implements HasDynamicTitle {

    private final AdjustmentService cases;
    private final Grid<CaseRow> grid = new Grid<>(CaseRow.class, false);
    private final TextField search = new TextField();
    private final Select<Direction> direction = new Select<>();
    private final ComboBox<String> step = new ComboBox<>();
    private final Select<CaseStatus> status = new Select<>();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final ComboBox<ReferenceRow> situation = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();
    private final Span total = new Span();
    private CaseFilter filter = CaseFilter.all();

    public CaseListView(AdjustmentService cases, CadreService cadres, WorkflowService workflow, OrgService org,
                        CurrentUsers users) {
        this.cases = cases;
        CurrentUser user = users.require();
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("adjustment.list.title"), actions(user, cadres)));
        add(filterBar(workflow, org, user));
        grid.setId("case-grid");
        CaseColumns.configure(grid, true);
        ListGrid.page(grid, p -> cases.page(filter, p).stream(), () -> cases.count(filter), total,
                "adjustment.list.total");
        grid.setEmptyStateText(getTranslation("adjustment.list.empty"));
        grid.setMultiSort(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, e.getItem().id())));
        add(total, grid);
    }

    private HorizontalLayout actions(CurrentUser user, CadreService cadres) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.CLERK)) {
            Button open = new Button(getTranslation("adjustment.action.open"), new Icon(VaadinIcon.PLUS),
                    e -> new OpenCaseDialog(cases, cadres, null, created -> getUI()
                            .ifPresent(ui -> ui.navigate(CaseView.class, created.id()))).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-case");
            actions.add(open);
        }
        if (user.holds(Exporters.class)) {
            Anchor export = Downloads.exportLink(Downloads.excel("adjustment-cases.xlsx",
                    out -> cases.exportExcel(filter, out)), "export-cases");
            actions.add(export);
        }
        return actions;
    }

    private HorizontalLayout filterBar(WorkflowService workflow, OrgService org, CurrentUser user) {
        SearchField.configure(search, "adjustment.filter.search", "adjustment.filter.searchHint", "case-search");

        FilterSelects.configure(direction, List.of(Direction.values()), d -> getTranslation(d.labelKey()),
                "adjustment.field.direction", "7em");

        // One entry per step code: 讨论决定 in either procedure is the same filter.
        Map<String, String> steps = new LinkedHashMap<>();
        workflow.procedures().forEach(p -> p.steps().forEach(s -> steps.merge(s.code(), label(s), (a, b) -> a)));
        step.setLabel(getTranslation("adjustment.field.currentStep"));
        step.setItems(steps.keySet());
        step.setItemLabelGenerator(steps::get);
        step.setClearButtonVisible(true);
        step.setWidth("11em");
        step.setId("case-step-filter");

        FilterSelects.configure(status, List.of(CaseStatus.values()), s -> getTranslation(s.labelKey()),
                "adjustment.field.status", "7.5em").setId("case-status-filter");

        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName,
                "adjustment.field.unit", "12em");
        FilterSelects.configure(situation, cases.situations(false), s -> s.name(getLocale()),
                "adjustment.field.situation", "13em");

        overdue.setLabel(getTranslation("adjustment.filter.overdue"));
        overdue.setId("case-overdue-filter");

        return FilterBar.of(this::refresh, search, direction, step, status, unit, situation, overdue);
    }

    private String label(StepDefinition s) {
        return s.name(getLocale());
    }

    private void refresh() {
        filter = new CaseFilter(search.getValue(), direction.getValue(), step.getValue(), status.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                situation.getValue() == null ? null : situation.getValue().id(), overdue.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adjustment.list.title") + " · " + getTranslation("app.title");
    }
}
