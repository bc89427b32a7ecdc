package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.LrmxExchange;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.security.roles.PortalStaff;

/**
 * 干部名册: every cadre in the user's scope, filtered and sorted in the database, a page at a time.
 */
@Route("cadres")
@PortalStaff
@Menu(title = "menu.cadres", order = 10, icon = "vaadin:users")
public class CadreListView extends RecordListView<CadreRow, CadreFilter> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final CadreService cadres;
    private final LrmxExchange lrmx;
    private final OrgService org;
    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<ManagementLevel> level = new Select<>();
    private final Select<CadreCategory> category = new Select<>();
    private final Select<CadreRank> rank = new Select<>();
    private final Select<CadreStatus> status = new Select<>();

    public CadreListView(CadreService cadres, LrmxExchange lrmx, OrgService org, CurrentUsers users) {
        super(CadreRow.class, "cadre.list", CadreFilter.active());
        this.cadres = cadres;
        this.lrmx = lrmx;
        this.org = org;
        CurrentUser user = users.require();
        head(actions(user), filterBar(org, user));
        configureGrid();
        refresh();
    }

    private HorizontalLayout actions(CurrentUser user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.has(Role.CLERK)) {
            Button create = ViewToolbar.create("cadre.action.create", "create-cadre",
                    e -> getUI().ifPresent(ui -> ui.navigate(CadreView.class, CadreView.NEW)));
            Button importButton = new Button(getTranslation("cadre.action.import"), new Icon(VaadinIcon.UPLOAD),
                    e -> new RosterImportDialog(cadres, this::refresh).open());
            importButton.setId("import-roster");
            Button importLrmx = new Button(getTranslation("cadre.action.importLrmx"), new Icon(VaadinIcon.UPLOAD),
                    e -> new LrmxImportDialog(lrmx, org, user, this::refresh).open());
            importLrmx.setId("import-lrmx");
            actions.add(create, importButton, importLrmx);
        }
        if (user.holds(Exporters.class)) {
            actions.add(export("cadres.xlsx", cadres::exportExcel, "export-cadres"));
        }
        return actions;
    }

    private HorizontalLayout filterBar(OrgService org, CurrentUser user) {
        SearchField.configure(search, "cadre.filter.search", "cadre.filter.searchHint", "cadre-search");

        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName, "cadre.field.unit",
                "14em").setId("cadre-unit-filter");

        configure(level, ManagementLevel.values(), ManagementLevel::labelKey, "cadre.field.level");
        configure(category, CadreCategory.values(), CadreCategory::labelKey, "cadre.field.category");
        configure(rank, CadreRank.values(), CadreRank::labelKey, "cadre.field.rank");
        configure(status, CadreStatus.values(), CadreStatus::labelKey, "cadre.field.status");
        status.setValue(CadreStatus.ACTIVE);

        search.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        rank.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        Button reset = new Button(getTranslation("action.resetFilters"), e -> {
            search.clear();
            unit.clear();
            level.clear();
            category.clear();
            rank.clear();
            status.setValue(CadreStatus.ACTIVE);
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(search, unit, level, category, rank, status, reset);
        bar.addClassName("portal-filter-bar");
        return bar;
    }

    private <E extends Enum<E>> void configure(Select<E> select, E[] values, java.util.function.Function<E, String> key,
                                               String labelKey) {
        FilterSelects.configure(select, List.of(values), v -> getTranslation(key.apply(v)), labelKey, "8em");
    }

    private void configureGrid() {
        grid.addColumn(CadreRow::code).setHeader(getTranslation("cadre.field.code")).setSortProperty("code")
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(CadreRow::name).setHeader(getTranslation("cadre.field.name")).setSortProperty("name")
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.gender().labelKey())).setHeader(getTranslation("cadre.field.gender"))
                .setSortProperty("gender").setWidth("4.5em").setFlexGrow(0);
        grid.addColumn(c -> c.birthDate().format(DATE)).setHeader(getTranslation("cadre.field.birthDate"))
                .setSortProperty("birthDate").setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(CadreRow::unitName).setHeader(getTranslation("cadre.field.unit")).setSortProperty("unit.name")
                .setFlexGrow(2);
        grid.addColumn(CadreRow::postTitle).setHeader(getTranslation("cadre.field.post")).setSortProperty("postTitle")
                .setFlexGrow(2);
        // Personal data: a list shows the number masked.
        grid.addColumn(CadreRow::mobile).setHeader(getTranslation("cadre.field.mobile")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.rank().labelKey())).setHeader(getTranslation("cadre.field.rank"))
                .setSortProperty("rank").setWidth("6em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.level().labelKey())).setHeader(getTranslation("cadre.field.level"))
                .setSortProperty("managementLevel").setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.category().labelKey())).setHeader(getTranslation("cadre.field.category"))
                .setSortProperty("category").setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.status().labelKey())).setHeader(getTranslation("cadre.field.status"))
                .setTextAlign(ColumnTextAlign.CENTER).setWidth("5em").setFlexGrow(0);
        // The grid counts once per refresh; the same figure feeds the "共N人" line.
        pages("cadre-grid", cadres::page, cadres::count);
        opens(CadreView.class, c -> String.valueOf(c.id()));
        grid.setHeightFull();
    }

    private void refresh() {
        refresh(new CadreFilter(search.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                level.getValue(), category.getValue(), rank.getValue(), status.getValue()));
    }
}
