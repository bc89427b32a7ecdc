package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.StatisticRow;
import org.cadreportal.assessment.StatisticsFilter;
import org.cadreportal.audit.ui.HistoryPanel;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;
import org.springframework.data.domain.PageRequest;

/**
 * 统计数据: a plan's statistics, a row per unit and statistics indicator of its group, read a page at a time from
 * the database and filtered and sorted there (a plan holds thousands of pairs). The 考核办 corrects a row in a
 * dialog (the plan is scored again); everyone who reads the plan may open a row's 变更历史. {@code ?value=ID}
 * shows one row, selected: where the explanation of a score leads.
 */
@Route("assessment/:planId/data")
@AssessmentReaders
public class StatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VALUE = "value";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentService assessment;
    private final PlanService plans;
    private final Clock clock;
    private final boolean office;
    private final Select<IndicatorRow> indicator = new Select<>();
    private final Select<GroupRow> group = new Select<>();
    private final TextField search = new TextField();
    private final Div onlyOne = new Div();
    private ViewToolbar toolbar = new ViewToolbar("");
    private final Grid<StatisticRow> grid = new Grid<>(StatisticRow.class, false);
    private final Button edit = new Button();
    private final Button history = new Button();
    private long planId;
    private Long valueId;
    private StatisticsFilter filter = StatisticsFilter.none();
    private String title = "";

    public StatisticsView(AssessmentService assessment, PlanService plans, CurrentUsers users, Clock clock) {
        this.assessment = assessment;
        this.plans = plans;
        this.clock = clock;
        this.office = users.require().has(Role.ASSESSMENT);
        addClassName("portal-page");
        edit.setText(getTranslation("assessment.data.edit"));
        edit.setId("assessment-data-edit");
        edit.setVisible(office);
        edit.setEnabled(false);
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openEditor));
        history.setText(getTranslation("assessment.data.history"));
        history.setId("assessment-data-history");
        history.setEnabled(false);
        history.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openHistory));
        FilterSelects.configure(indicator, List.of(), i -> i.code() + " " + i.name(),
                "assessment.data.indicator", "18em");
        indicator.setId("assessment-data-indicator");
        FilterSelects.configure(group, List.of(), GroupRow::name, "assessment.group", "14em");
        group.setId("assessment-data-group");
        SearchField.configure(search, "assessment.data.search", "assessment.data.searchHint", "assessment-data-search");
        onlyOne.setId("assessment-data-one");
        add(toolbar, FilterBar.of(this::refresh, indicator, group, search), onlyOne,
                new Paragraph(getTranslation(office ? "assessment.data.helpOffice" : "assessment.data.help")), grid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = RouteIds.named(event.getRouteParameters(), "planId");
        valueId = RouteIds.query(event.getLocation().getQueryParameters(), VALUE);
        PlanDetails details = plans.details(planId);
        title = getTranslation("assessment.data.title", String.valueOf(details.plan().year()));
        ViewToolbar bar = new ViewToolbar(title, edit, history);
        replace(toolbar, bar);
        toolbar = bar;
        indicator.setItems(details.indicators().stream().filter(IndicatorRow::automatic).toList());
        group.setItems(details.groups());
        refresh();
        if (valueId != null) {
            assessment.statistics(planId, filter, PageRequest.of(0, 1)).stream().findFirst().ifPresent(grid::select);
        }
    }

    private Grid<StatisticRow> grid() {
        grid.setId("assessment-data-grid");
        grid.setEmptyStateText(getTranslation("assessment.data.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(StatisticRow::groupName).setHeader(getTranslation("assessment.group"))
                .setSortProperty(StatisticRow.SORT_GROUP);
        grid.addColumn(r -> r.unitCode() + " " + r.unitName()).setHeader(getTranslation("assessment.col.unitName"))
                .setSortProperty(StatisticRow.SORT_UNIT);
        grid.addColumn(r -> r.indicatorCode() + " " + r.indicatorName()).setHeader(getTranslation(
                "assessment.col.indicatorName")).setSortProperty(StatisticRow.SORT_INDICATOR).setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.method().labelKey())).setHeader(getTranslation("assessment.method"));
        grid.addColumn(StatisticRow::measure).setHeader(getTranslation("assessment.col.measure"));
        grid.addColumn(r -> text(r.actual())).setHeader(getTranslation("assessment.col.actual"))
                .setSortProperty(StatisticRow.SORT_ACTUAL);
        grid.addColumn(r -> text(r.previous())).setHeader(getTranslation("assessment.col.previous"))
                .setSortProperty(StatisticRow.SORT_PREVIOUS);
        grid.addColumn(r -> text(r.target())).setHeader(getTranslation("assessment.col.target"))
                .setSortProperty(StatisticRow.SORT_TARGET);
        grid.addColumn(r -> r.enteredAt() == null ? "" : r.enteredBy() + " · " + AT.format(r.enteredAt()))
                .setHeader(getTranslation("assessment.data.entered")).setSortProperty(StatisticRow.SORT_ENTERED_AT);
        grid.setItems(q -> assessment.statistics(planId, filter, VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream(), q -> (int) assessment.countStatistics(planId, filter));
        grid.addSelectionListener(e -> {
            edit.setEnabled(e.getFirstSelectedItem().isPresent());
            history.setEnabled(e.getFirstSelectedItem().map(r -> r.valueId() != null).orElse(false));
        });
        grid.setHeight("65vh");
        return grid;
    }

    private void refresh() {
        filter = new StatisticsFilter(indicator.getValue() == null ? null : indicator.getValue().id(),
                group.getValue() == null ? null : group.getValue().id(), null, search.getValue(), valueId);
        onlyOne.removeAll();
        if (valueId != null) {
            Button all = new Button(getTranslation("assessment.data.showAll"), e -> {
                valueId = null;
                refresh();
            });
            all.setId("assessment-data-show-all");
            onlyOne.add(new Paragraph(getTranslation("assessment.data.oneRow")), all);
        }
        grid.getDataProvider().refreshAll();
    }

    private void openEditor(StatisticRow row) {
        new StatisticEditDialog(assessment, planId, row, () -> {
            grid.getDataProvider().refreshAll();
            grid.deselectAll();
        }).open();
    }

    private void openHistory(StatisticRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.unitName() + " · " + row.indicatorCode() + " " + row.indicatorName());
        dialog.setWidth("min(760px, 95vw)");
        HistoryPanel panel = new HistoryPanel(assessment.valueHistory(row.valueId()), clock.getZone(),
                f -> "assessment.col." + f, Map.of());
        panel.setId("assessment-data-history-panel");
        dialog.add(panel);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    static String text(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
