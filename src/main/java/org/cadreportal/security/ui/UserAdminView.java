package org.cadreportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserRow;

/** 用户管理: accounts, their roles and data scopes, disabling, unlocking and password resets. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.users", order = 91, icon = "vaadin:user-card")
public class UserAdminView extends Div implements HasDynamicTitle {

    private final UserAdminService users;
    private final UnitCatalog units;
    private final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    private final TextField search = new TextField();

    public UserAdminView(UserAdminService users, UnitCatalog units) {
        this.users = users;
        this.units = units;
        addClassName("portal-page");
        Button create = ViewToolbar.create("user.action.create", "create-user", e -> new UserDialog(users, units, null, this::refresh).open());
        add(new ViewToolbar(getTranslation("user.title"), create));
        search.setPlaceholder(getTranslation("user.search"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search);
        bar.addClassName("portal-filter-bar");
        add(bar);
        configureGrid();
        add(grid);
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.field.username")).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.field.displayName")).setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("user.field.roles"));
        grid.addColumn(UserRow::scopeUnitName).setHeader(getTranslation("user.field.scope"));
        grid.addColumn(u -> getTranslation(!u.enabled() ? "user.state.disabled" : u.locked() ? "user.state.locked" : "user.state.active"))
                .setHeader(getTranslation("user.field.state")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("user.field.actions")).setAutoWidth(true);
        grid.setItems(q -> users.page(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) users.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("user.empty"));
    }

    private HorizontalLayout rowActions(UserRow row) {
        Button edit = new Button(getTranslation("action.edit"), e -> new UserDialog(users, units, row, this::refresh).open());
        Button reset = new Button(getTranslation("user.action.resetPassword"), e -> new PasswordDialog(users, row).open());
        HorizontalLayout actions = new HorizontalLayout(edit, reset);
        if (row.locked()) {
            actions.add(new Button(getTranslation("user.action.unlock"), e -> {
                try {
                    users.unlock(row.id());
                    Notices.success("notice.saved");
                    refresh();
                } catch (PortalException ex) {
                    Notices.error(ex);
                }
            }));
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title") + " · " + getTranslation("app.title");
    }
}
