package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.RecordListView;
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
public class CaseListView extends RecordListView<CaseRow, CaseFilter> {

    private final AdjustmentService cases;
    private final TextField search = new TextField();
    private final Select<Direction> direction = new Select<>();
    private final ComboBox<String> step = new ComboBox<>();
    private final Select<CaseStatus> status = new Select<>();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final ComboBox<ReferenceRow> situation = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();

    public CaseListView(AdjustmentService cases, CadreService cadres, WorkflowService workflow, OrgService org,
                        CurrentUsers users) {
        super(CaseRow.class, "adjustment.list", CaseFilter.all());
        this.cases = cases;
        CurrentUser user = users.require();
        head(actions(user, cadres), filterBar(workflow, org, user));
        CaseColumns.configure(grid, true);
        pages("case-grid", cases::page, cases::count);
        opens(CaseView.class, CaseRow::id);
    }

    private HorizontalLayout actions(CurrentUser user, CadreService cadres) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.CLERK)) {
            actions.add(ViewToolbar.create("adjustment.action.open", "open-case",
                    e -> new OpenCaseDialog(cases, cadres, null, created -> getUI()
                            .ifPresent(ui -> ui.navigate(CaseView.class, created.id()))).open()));
        }
        if (user.holds(Exporters.class)) {
            actions.add(export("adjustment-cases.xlsx", cases::exportExcel, "export-cases"));
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
        refresh(new CaseFilter(search.getValue(), direction.getValue(), step.getValue(), status.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                situation.getValue() == null ? null : situation.getValue().id(), overdue.getValue()));
    }
}
