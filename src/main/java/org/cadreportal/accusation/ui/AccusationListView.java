package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cadreportal.accusation.AccusationFilter;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.WorkflowService;
import org.cadreportal.workflow.ui.StatusTag;

/**
 * 查诬澄清案件: every case in the user's scope, filtered, sorted and paged in the database, with the
 * clarification's countdown; the clerk registers a report here or logs a concluded clarification.
 */
@Route("accusations")
@CaseReaders
@Menu(title = "menu.accusations", order = 25, icon = "vaadin:shield")
public class AccusationListView extends RecordListView<AccusationRow, AccusationFilter> {

    /** The procedure every accusation case follows (seeded by V16; its steps are reference data). */
    private static final String PROCEDURE = "ACCUSATION";

    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<Channel> channel = new Select<>();
    private final Select<StepDefinition> step = new Select<>();
    private final Select<CaseStatus> status = new Select<>();
    private final Select<FindingType> finding = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final DatePicker receivedFrom = new DatePicker();
    private final DatePicker receivedTo = new DatePicker();

    public AccusationListView(AccusationService cases, WorkflowService workflow, OrgService org, CurrentUsers users) {
        super(AccusationRow.class, "accusation.list", AccusationFilter.none());
        CurrentUser user = users.require();
        head(actions(cases, user), filterBar(workflow, org, user));
        grid.addClassName("portal-dense-grid");
        columns();
        pages("accusation-grid", cases::page, cases::count);
        opens(AccusationView.class, r -> String.valueOf(r.id()));
        total.setId("accusation-total");
    }

    /** The way back to this list from a case or a form. */
    static Button backLink() {
        Button back = new Button(UI.getCurrent().getTranslation("accusation.action.backToList"),
                new Icon(VaadinIcon.ARROW_LEFT), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(AccusationListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("accusation-back");
        return back;
    }

    private HorizontalLayout actions(AccusationService cases, CurrentUser user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.CLERK)) {
            Button intake = ViewToolbar.create("accusation.action.intake", "accusation-intake",
                    e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
            Button quick = new Button(getTranslation("accusation.action.quickLog"), new Icon(VaadinIcon.EDIT),
                    e -> getUI().ifPresent(ui -> ui.navigate(QuickLogView.class)));
            quick.setId("accusation-quick");
            actions.add(intake, quick);
        }
        actions.add(export("accusations.xlsx", cases::exportExcel, "export-accusations"));
        return actions;
    }

    private void columns() {
        grid.addColumn(AccusationRow::caseNo).setHeader(getTranslation("accusation.field.caseNo"))
                .setSortProperty("caseNo").setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(AccusationRow::reportNo).setHeader(getTranslation("accusation.field.reportNo"))
                .setSortProperty("reportNo").setWidth("7.5em").setFlexGrow(0).setTooltipGenerator(AccusationRow::reportNo);
        grid.addColumn(r -> r.receivedOn().toString()).setHeader(getTranslation("accusation.field.receivedOn"))
                .setSortProperty("receivedOn").setWidth("7em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.channel().labelKey())).setHeader(getTranslation("accusation.column.channel"))
                .setSortProperty("channel").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(AccusationRow::accusedNames).setHeader(getTranslation("accusation.field.accused"))
                .setFlexGrow(1).setTooltipGenerator(AccusationRow::accusedNames);
        grid.addColumn(AccusationRow::unitName).setHeader(getTranslation("accusation.column.unit"))
                .setSortProperty("unit.name").setFlexGrow(1).setTooltipGenerator(AccusationRow::unitName);
        grid.addColumn(r -> r.currentOrdinal() + " " + r.stepName(getLocale()))
                .setHeader(getTranslation("accusation.field.currentStep")).setSortProperty("progress.currentOrdinal")
                .setWidth("7.5em").setFlexGrow(0).setTooltipGenerator(r -> r.stepName(getLocale()) + " · "
                        + getTranslation(r.stepRole().labelKey()));
        grid.addColumn(new ComponentRenderer<>(AccusationListView::status))
                .setHeader(getTranslation("accusation.field.status")).setSortProperty("progress.status")
                .setWidth("5.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(AccusationListView::clarificationDue))
                .setHeader(getTranslation("accusation.field.clarificationDue")).setSortProperty("clarificationDueOn")
                .setWidth("9.5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(AccusationListView::quickLogged))
                .setHeader(getTranslation("accusation.field.quickLogged")).setWidth("5.5em").setFlexGrow(0);
    }

    static Span status(AccusationRow r) {
        return StatusTag.of(r.status());
    }

    /** The countdown while the clarification is due; the plain deadline otherwise (or a dash). */
    private static Span clarificationDue(AccusationRow r) {
        if (r.clarificationDaysLeft() != null) {
            return Countdown.badge(r.clarificationDaysLeft(), r.clarificationDueOn());
        }
        return new Span(r.clarificationDueOn() == null ? "—" : r.clarificationDueOn().toString());
    }

    private static Span quickLogged(AccusationRow r) {
        if (!r.quickLogged()) {
            return new Span();
        }
        Span tag = new Span(UI.getCurrent().getTranslation("accusation.field.quickLogged"));
        tag.addClassNames("portal-tag", "portal-tag-info");
        tag.getElement().setAttribute("data-quick-logged", "true");
        return tag;
    }

    private HorizontalLayout filterBar(WorkflowService workflow, OrgService org, CurrentUser user) {
        SearchField.configure(search, "accusation.filter.search", "accusation.filter.searchHint", "accusation-search");
        search.setWidth("13em");

        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName,
                "accusation.column.unit", "11em").setId("accusation-unit-filter");

        FilterSelects.configure(channel, List.of(Channel.values()), c -> getTranslation(c.labelKey()),
                "accusation.column.channel", "6em");
        channel.setId("accusation-channel-filter");
        FilterSelects.configure(step, workflow.procedure(PROCEDURE).steps(), s -> s.ordinal() + " " + s.name(getLocale()),
                "accusation.field.currentStep", "9em");
        step.setId("accusation-step-filter");
        FilterSelects.configure(status, List.of(CaseStatus.OPEN, CaseStatus.COMPLETED, CaseStatus.TERMINATED),
                s -> getTranslation(s.labelKey()), "accusation.field.status", "6.5em");
        status.setId("accusation-status-filter");
        FilterSelects.configure(finding, List.of(FindingType.values()), f -> getTranslation(f.labelKey()),
                "accusation.field.finding", "7.5em");
        finding.setId("accusation-finding-filter");

        FilterSelects.range(receivedFrom, "accusation.filter.receivedFrom", "accusation-received-from",
                receivedTo, "accusation.filter.receivedTo", "accusation-received-to", "9em");

        overdue.setLabel(getTranslation("accusation.filter.overdue"));
        overdue.setId("accusation-overdue-filter");

        return FilterBar.of(this::refresh, search, unit, channel, step, status, finding, receivedFrom, receivedTo,
                overdue);
    }

    private void refresh() {
        refresh(new AccusationFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                channel.getValue(), step.getValue() == null ? null : step.getValue().code(), status.getValue(),
                finding.getValue(), overdue.getValue(), receivedFrom.getValue(), receivedTo.getValue()));
    }
}
