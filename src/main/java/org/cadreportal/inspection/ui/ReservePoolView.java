package org.cadreportal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ListGrid;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.inspection.PoolFilter;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.PoolStatus;
import org.cadreportal.inspection.ReservePoolService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.OrganisationAndCommittee;

/**
 * 后备干部 / 优秀年轻干部库: the cadres identified at the front line, within the user's scope, filtered and
 * sorted in the database; a clerk opens a 上 case from an entry after confirming it.
 */
@Route("reserve-pool")
@OrganisationAndCommittee
@Menu(title = "menu.reservePool", order = 24.5, icon = "vaadin:users")
public class ReservePoolView extends Div implements HasDynamicTitle {

    private final ReservePoolService pool;
    private final CurrentUser user;
    private final Grid<PoolRow> grid = new Grid<>(PoolRow.class, false);
    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<PoolStatus> status = new Select<>();
    private final Span total = new Span();
    private PoolFilter filter = new PoolFilter(null, null, PoolStatus.OPEN);

    public ReservePoolView(ReservePoolService pool, OrgService org, CurrentUsers users) {
        this.pool = pool;
        this.user = users.require();
        addClassName("portal-page");
        Anchor export = Downloads.exportLink(Downloads.excel("reserve-pool.xlsx", out -> pool.exportExcel(filter, out)),
                "export-pool");
        add(new ViewToolbar(getTranslation("pool.title"), new HorizontalLayout(export)));
        add(filters(org.subtree(user.scopeUnitId())));
        configureGrid();
        total.setId("pool-total");
        add(total, grid);
    }

    private HorizontalLayout filters(List<UnitNode> units) {
        SearchField.configure(search, "pool.filter.search", "pool.filter.searchHint", "pool-search");
        FilterSelects.configure(unit, units, UnitNode::indentedName, "pool.field.unit", "12em")
                .setId("pool-unit-filter");
        FilterSelects.configure(status, List.of(PoolStatus.values()), s -> getTranslation(s.labelKey()),
                "pool.field.status", "8em").setId("pool-status-filter");
        status.setValue(PoolStatus.OPEN);
        return FilterBar.of(this::refresh, search, unit, status);
    }

    private void configureGrid() {
        grid.setId("pool-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(PoolRow::cadreName).setHeader(getTranslation("pool.field.cadre")).setSortProperty("cadre.name")
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(PoolRow::unitName).setHeader(getTranslation("pool.field.unit"))
                .setSortProperty("cadre.unit.name").setWidth("6em").setFlexGrow(1);
        grid.addColumn(PoolRow::postTitle).setHeader(getTranslation("pool.field.post"))
                .setTooltipGenerator(PoolRow::postTitle).setWidth("6em").setFlexGrow(1);
        Grid.Column<PoolRow> added = grid.addColumn(PoolRow::addedOn).setHeader(getTranslation("pool.field.addedOn"))
                .setSortProperty("addedOn").setWidth("7em").setFlexGrow(0);
        grid.addColumn(this::latest).setHeader(getTranslation("pool.field.latest")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(r -> r.sources().size()).setHeader(getTranslation("pool.field.recommendations"))
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(r -> r.latest() == null ? "" : InspectionListView.shorten(r.latest().reason()))
                .setHeader(getTranslation("pool.field.reason"))
                .setTooltipGenerator(r -> r.latest() == null ? "" : r.latest().reason()).setWidth("8em").setFlexGrow(2);
        // A clerk's status is a word (the case is in the action column); others read the case number there too.
        grid.addColumn(this::state).setHeader(getTranslation("pool.field.status")).setSortProperty("status")
                .setWidth(user.has(Role.CLERK) ? "5em" : "11em").setFlexGrow(0);
        if (user.has(Role.CLERK)) {
            grid.addComponentColumn(this::action).setHeader(getTranslation("pool.field.action")).setWidth("8em")
                    .setFlexGrow(0);
        }
        ListGrid.page(grid, p -> pool.page(filter, p).stream(), () -> pool.count(filter), total, "pool.total");
        grid.sort(List.of(new GridSortOrder<>(added, SortDirection.DESCENDING)));
        grid.setEmptyStateText(getTranslation("pool.empty"));
    }

    /** 2025-06-18 提拔建议 */
    private String latest(PoolRow r) {
        return r.latest() == null ? "" : getTranslation("pool.latest", r.latest().inspectedOn().toString(),
                getTranslation(r.latest().recommendation().labelKey()), r.sources().size());
    }

    /** The status; the case opened from the entry too where no action column shows it. */
    private String state(PoolRow r) {
        String s = getTranslation(r.status().labelKey());
        return r.caseNo() == null || user.has(Role.CLERK) ? s : s + " · " + r.caseNo();
    }

    private com.vaadin.flow.component.Component action(PoolRow r) {
        if (r.caseId() != null) {
            return new Anchor("adjustment/" + r.caseId(), r.caseNo());
        }
        Button open = new Button(getTranslation("pool.action.openCase"), e -> new OpenFromPoolDialog(pool, r,
                opened -> getUI().ifPresent(ui -> ui.navigate("adjustment/" + opened.caseId()))).open());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setEnabled(r.mayOpenCase());
        open.setId("pool-open-" + r.id());
        return open;
    }

    private void refresh() {
        filter = new PoolFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                status.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pool.title") + " · " + getTranslation("app.title");
    }
}
