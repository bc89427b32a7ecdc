package org.cadreportal.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.cadreportal.base.ui.AriaFixes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.CaseReaders;

/**
 * 记功奖励 and 公开批评: the awards or (on the second tab) the criticisms in the user's scope, filtered,
 * sorted and paged in the database; the clerk adds, corrects and deletes them here.
 */
@Route("awards")
@CaseReaders
@Menu(title = "menu.awards", order = 29, icon = "vaadin:trophy")
public class AwardListView extends RecordListView<AwardRow, AwardFilter> implements BeforeEnterObserver {

    private final AwardService awards;
    private final CadreService cadres;
    private final boolean mayEdit;
    private final Tab awardTab = new Tab();
    private final Tab criticismTab = new Tab();
    private final TextField search = new TextField();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<AwardType> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private Grid.Column<AwardRow> typeColumn;
    private Grid.Column<AwardRow> issuedByColumn;
    private Grid.Column<AwardRow> dateColumn;

    public AwardListView(AwardService awards, CadreService cadres, OrgService org, CurrentUsers users) {
        super(AwardRow.class, "award.list", AwardFilter.of(AwardKind.AWARD));
        this.awards = awards;
        this.cadres = cadres;
        CurrentUser user = users.require();
        this.mayEdit = user.has(Role.CLERK);
        Component actions = actions();
        awardTab.setLabel(getTranslation("award.kind.AWARD"));
        awardTab.setId("award-tab");
        criticismTab.setLabel(getTranslation("award.kind.CRITICISM"));
        criticismTab.setId("criticism-tab");
        Tabs tabs = AriaFixes.tabs(new Tabs(awardTab, criticismTab));
        tabs.setId("award-tabs");
        tabs.addSelectedChangeListener(e -> refresh());
        head(actions, tabs, filterBar(org, user));
        grid.addClassName("portal-dense-grid");
        columns();
        pages("award-grid", awards::page, awards::count);
        total.setId("award-total");
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (mayEdit) {
            actions.add(ViewToolbar.create("award.action.add", "award-add",
                    e -> AwardDialog.open(awards, cadres, kind(), null, this::saved)));
        }
        actions.add(export("awards.xlsx", awards::exportExcel, "export-awards"));
        return actions;
    }

    private void columns() {
        grid.addColumn(AwardRow::cadreName).setHeader(getTranslation("award.field.cadre"))
                .setSortProperty("cadreName").setWidth("6em").setFlexGrow(0);
        grid.addColumn(AwardRow::unitName).setHeader(getTranslation("award.field.unit"))
                .setSortProperty("unit.name").setFlexGrow(1).setTooltipGenerator(AwardRow::unitName);
        typeColumn = grid.addColumn(r -> r.type() == null ? "" : getTranslation(r.type().labelKey()))
                .setHeader(getTranslation("award.field.type")).setSortProperty("type").setWidth("6.5em")
                .setFlexGrow(0);
        dateColumn = grid.addColumn(r -> r.decidedOn().toString()).setSortProperty("decidedOn").setWidth("7.5em")
                .setFlexGrow(0);
        grid.addColumn(AwardRow::reason).setHeader(getTranslation("award.field.reason")).setFlexGrow(2)
                .setTooltipGenerator(AwardRow::reason);
        issuedByColumn = grid.addColumn(AwardRow::issuedBy).setSortProperty("issuedBy").setWidth("8em")
                .setFlexGrow(0).setTooltipGenerator(AwardRow::issuedBy);
        grid.addColumn(r -> r.documentNo() == null ? "—" : r.documentNo())
                .setHeader(getTranslation("award.field.documentNo")).setSortProperty("documentNo").setWidth("9em")
                .setFlexGrow(0).setTooltipGenerator(AwardRow::documentNo);
        if (mayEdit) {
            grid.addComponentColumn(this::rowActions).setHeader(getTranslation("award.field.actions"))
                    .setWidth("6.5em").setFlexGrow(0);
        }
        headers();
    }

    private void headers() {
        boolean award = kind() == AwardKind.AWARD;
        typeColumn.setVisible(award);
        dateColumn.setHeader(getTranslation(award ? "award.field.decidedOn" : "award.field.criticisedOn"));
        issuedByColumn.setHeader(getTranslation(award ? "award.field.approvedBy" : "award.field.issuedBy"));
    }

    private HorizontalLayout rowActions(AwardRow r) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> AwardDialog.open(awards, cadres, r.kind(), r,
                this::saved));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("award.action.edit"));
        edit.setTooltipText(getTranslation("award.action.edit"));
        edit.setId("award-edit-" + r.id());
        Button delete = new Button(new Icon(VaadinIcon.TRASH), e -> confirmDelete(r));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("award.action.delete"));
        delete.setTooltipText(getTranslation("award.action.delete"));
        delete.setId("award-delete-" + r.id());
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(AwardRow r) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("award.delete.title"),
                getTranslation("award.delete.text", r.cadreName(), r.decidedOn().toString()),
                getTranslation("award.action.delete"), e -> {
                    try {
                        awards.delete(r.id(), r.version());
                        Notices.success("award.notice.deleted");
                    } catch (PortalException ex) {
                        Notices.error(ex);
                    }
                    grid.getDataProvider().refreshAll();
                }, getTranslation("action.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("award-delete-confirm");
        confirm.open();
    }

    private void saved(AwardRow row) {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout filterBar(OrgService org, CurrentUser user) {
        SearchField.configure(search, "award.filter.search", "award.filter.searchHint", "award-search");
        search.setWidth("12em");
        FilterSelects.configure(unit, org.subtree(user.scopeUnitId()), UnitNode::indentedName, "award.field.unit",
                "11em").setId("award-unit-filter");
        FilterSelects.configure(type, List.of(AwardType.values()), t -> getTranslation(t.labelKey()),
                "award.field.type", "7.5em");
        type.setId("award-type-filter");
        FilterSelects.range(from, "award.filter.from", "award-from", to, "award.filter.to", "award-to", "9em");
        return FilterBar.of(this::refresh, search, unit, type, from, to);
    }

    /**
     * {@code ?kind=CRITICISM&search=…} opens the list on that tab, searched (the cadre's portrait links a
     * cadre's awards and criticisms here, as an award has no page of its own).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        if (params.getSingleParameter("kind").filter(AwardKind.CRITICISM.name()::equals).isPresent()) {
            criticismTab.getParent().map(Tabs.class::cast).ifPresent(t -> t.setSelectedTab(criticismTab));
        }
        params.getSingleParameter("search").ifPresent(search::setValue);
        refresh();
    }

    private AwardKind kind() {
        return criticismTab.isSelected() ? AwardKind.CRITICISM : AwardKind.AWARD;
    }

    private void refresh() {
        AwardKind kind = kind();
        type.setVisible(kind == AwardKind.AWARD);
        AwardFilter filter = new AwardFilter(kind, search.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                kind == AwardKind.AWARD ? type.getValue() : null, from.getValue(), to.getValue());
        if (typeColumn != null) {
            headers();
        }
        refresh(filter);
    }
}
