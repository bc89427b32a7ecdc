package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.AppRoles;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.SupervisionService;

/** 我的督办事项: the items the signed-in cadre is responsible for; progress is reported from the item page. */
@Route("my-items")
@RolesAllowed(AppRoles.CADRE)
@Menu(title = "menu.myItems", order = 6, icon = "vaadin:flag-o")
public class MyItemsView extends Div implements HasDynamicTitle {

    public MyItemsView(SupervisionService items) {
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("supervision.mine.title")));
        Span total = new Span();
        Grid<ItemRow> grid = new Grid<>(ItemRow.class, false);
        grid.setId("my-item-grid");
        ItemColumns.configure(grid, false);
        grid.setItems(q -> items.myItems(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
            long n = items.countMyItems();
            total.setText(getTranslation("supervision.list.total", n));
            return (int) n;
        });
        grid.setEmptyStateText(getTranslation("supervision.mine.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ItemView.class, e.getItem().id())));
        add(total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.mine.title") + " · " + getTranslation("app.title");
    }
}
