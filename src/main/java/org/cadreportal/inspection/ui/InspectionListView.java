package org.cadreportal.inspection.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.inspection.InspectionFilter;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.cadreportal.security.roles.PortalStaff;

/** 一线考察识别: the inspections of units in the user's scope, newest first, filtered in the database. */
@Route("inspections")
@PortalStaff
@Menu(title = "menu.inspections", order = 24, icon = "vaadin:eye")
public class InspectionListView extends RecordListView<InspectionRow, InspectionFilter> {

    private final InspectionService inspections;
    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<TermRow> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public InspectionListView(InspectionService inspections, ArchiveService archive, CadreService cadres,
                              OrgService org, CurrentUsers users, Clock clock) {
        super(InspectionRow.class, "inspection.list", InspectionFilter.all());
        this.inspections = inspections;
        CurrentUser user = users.require();
        List<UnitNode> units = org.subtree(user.scopeUnitId());
        HorizontalLayout actions = new HorizontalLayout();
        if (user.holds(OrganisationAndCommittee.class)) {
            actions.add(ViewToolbar.create("inspection.action.create", "create-inspection",
                    e -> new InspectionDialog(inspections, archive, cadres, units, LocalDate.now(clock), null,
                            saved -> grid.getDataProvider().refreshAll()).open()));
        }
        head(actions, filters(units, archive.terms(TermKind.FRONTLINE, false)));
        configureGrid();
        total.setId("inspection-total");
    }

    private HorizontalLayout filters(List<UnitNode> units, List<TermRow> types) {
        SearchField.configure(search, "inspection.filter.search", "inspection.filter.searchHint", "inspection-search");
        FilterSelects.configure(unit, units, UnitNode::indentedName, "inspection.field.unit", "12em")
                .setId("inspection-unit-filter");
        FilterSelects.configure(type, types, t -> t.name(getLocale()), "inspection.field.type", "9em")
                .setId("inspection-type-filter");
        FilterSelects.range(from, "inspection.filter.from", "inspection-from", to, "inspection.filter.to",
                "inspection-to", "9.5em");
        return FilterBar.of(this::refresh, search, unit, type, from, to);
    }

    private void configureGrid() {
        Grid.Column<InspectionRow> date = grid.addColumn(InspectionRow::inspectedOn)
                .setHeader(getTranslation("inspection.field.date")).setSortProperty("inspectedOn")
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(InspectionRow::unitName).setHeader(getTranslation("inspection.field.unit"))
                .setSortProperty("unit.name").setFlexGrow(1);
        grid.addColumn(r -> r.type().in(getLocale())).setHeader(getTranslation("inspection.field.type"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(InspectionRow::inspectors).setHeader(getTranslation("inspection.field.inspectors"))
                .setSortProperty("inspectors").setFlexGrow(1);
        grid.addColumn(this::cadres).setHeader(getTranslation("inspection.field.cadres")).setFlexGrow(2);
        grid.addColumn(r -> shorten(r.finding())).setHeader(getTranslation("inspection.field.finding"))
                .setTooltipGenerator(InspectionRow::finding).setFlexGrow(2);
        pages("inspection-grid", inspections::page, inspections::count);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(date, SortDirection.DESCENDING)));
        opens(InspectionView.class, r -> String.valueOf(r.id()));
    }

    /** 张三（优先使用）；李四（关注） */
    private String cadres(InspectionRow r) {
        return r.cadres().stream().map(c -> c.name() + "（" + getTranslation(c.recommendation().labelKey()) + "）")
                .collect(Collectors.joining(getTranslation("common.separator")));
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private void refresh() {
        refresh(new InspectionFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                type.getValue() == null ? null : type.getValue().id(), from.getValue(), to.getValue()));
    }
}
