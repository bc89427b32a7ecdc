package org.cadreportal.supervision.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.security.AppRoles;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.SupervisionService;

/** 我的督办事项: the items the signed-in cadre is responsible for; progress is reported from the item page. */
@Route("my-items")
@RolesAllowed(AppRoles.CADRE)
@Menu(title = "menu.myItems", order = 6, icon = "vaadin:flag-o")
public class MyItemsView extends RecordListView<ItemRow, Void> {

    public MyItemsView(SupervisionService items) {
        super(ItemRow.class, "supervision.mine", null);
        head();
        ItemColumns.configure(grid, false);
        pagesOf("my-item-grid", items::myItems, items::countMyItems);
        opens(ItemView.class, ItemRow::id);
    }
}
