package org.cadreportal.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.AppRoles;

/** 单位管理: the unit tree, where an administrator adds, renames, moves and retires units. */
@Route("admin/units")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.units", order = 90, icon = "vaadin:sitemap")
public class UnitAdminView extends Div implements HasDynamicTitle {

    private final OrgService org;
    private final TreeGrid<UnitNode> tree = new TreeGrid<>();
    private final UnitTreeProvider provider;
    private final PostPanel posts;
    private final Button addChild = new Button();
    private final Button rename = new Button();
    private final Button move = new Button();
    private final Button retire = new Button();

    public UnitAdminView(OrgService org) {
        this.org = org;
        this.provider = new UnitTreeProvider(org);
        this.posts = new PostPanel(org);
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("unit.title"), toolbar()));
        tree.setId("unit-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("unit.field.name")).setFlexGrow(3);
        tree.addColumn(UnitNode::code).setHeader(getTranslation("unit.field.code")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation(u.type().labelKey())).setHeader(getTranslation("unit.field.type")).setAutoWidth(true);
        tree.addColumn(u -> getTranslation(u.active() ? "unit.active" : "unit.retired"))
                .setHeader(getTranslation("unit.field.status")).setAutoWidth(true);
        tree.setDataProvider(provider);
        tree.addSelectionListener(e -> selectionChanged(e.getFirstSelectedItem()));
        tree.setHeightFull();
        SplitLayout split = new SplitLayout(tree, posts);
        split.setSplitterPosition(65);
        split.setSizeFull();
        add(split);
        provider.fetchChildren(new com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery<>(null, null))
                .forEach(tree::expand);
        selectionChanged(Optional.empty());
    }

    private HorizontalLayout toolbar() {
        addChild.setText(getTranslation("unit.action.add"));
        addChild.setIcon(new Icon(VaadinIcon.PLUS));
        addChild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.addClickListener(e -> selected().ifPresent(parent -> UnitDialogs.add(org, parent, this::changed)));
        rename.setText(getTranslation("unit.action.rename"));
        rename.addClickListener(e -> selected().ifPresent(u -> UnitDialogs.rename(org, u, this::changed)));
        move.setText(getTranslation("unit.action.move"));
        move.addClickListener(e -> selected().ifPresent(u -> UnitDialogs.move(org, u, this::changed)));
        retire.setText(getTranslation("unit.action.retire"));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(e -> selected().ifPresent(this::confirmRetire));
        Checkbox showRetired = new Checkbox(getTranslation("unit.showRetired"));
        showRetired.addValueChangeListener(e -> provider.setIncludeRetired(e.getValue()));
        return new HorizontalLayout(showRetired, addChild, rename, move, retire);
    }

    private void confirmRetire(UnitNode unit) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("unit.retire.title", unit.name()));
        dialog.setText(getTranslation("unit.retire.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("unit.action.retire"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                org.retire(unit.id(), unit.version());
                Notices.success("notice.saved");
                changed();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        dialog.open();
    }

    private Optional<UnitNode> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void selectionChanged(Optional<UnitNode> unit) {
        boolean active = unit.map(UnitNode::active).orElse(false);
        addChild.setEnabled(active);
        rename.setEnabled(active);
        move.setEnabled(active && unit.get().parentId() != null);
        retire.setEnabled(active && unit.get().parentId() != null);
        posts.show(unit.orElse(null));
    }

    private void changed() {
        provider.refreshAll();
        tree.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.title") + " · " + getTranslation("app.title");
    }
}
