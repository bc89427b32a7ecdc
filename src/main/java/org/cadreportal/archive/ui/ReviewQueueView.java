package org.cadreportal.archive.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;

/**
 * 实绩审核: submitted entries in the clerk's scope, the longest-waiting first; a keyword finds a cadre by name
 * or an entry by its texts, and the 提交时间 header turns the order round (both in the database query).
 */
@Route("archive/review")
@RolesAllowed(AppRoles.CLERK)
@Menu(title = "menu.archiveReview", order = 16, icon = "vaadin:clipboard-check")
public class ReviewQueueView extends Div implements HasDynamicTitle {

    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private EntryFilter filter = EntryFilter.all();

    public ReviewQueueView(ArchiveService archive, OrgService org, CurrentUsers users) {
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("archive.review.queue")));
        add(new EntryFilterBar(archive, org.subtree(users.require().scopeUnitId()), null, f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }, EntryFilterBar.Part.TEXT, EntryFilterBar.Part.UNIT, EntryFilterBar.Part.PERIOD,
                EntryFilterBar.Part.FIELD));
        Span total = new Span();
        total.setId("review-total");
        grid.setId("review-grid");
        EntryColumns.configure(grid, true);
        grid.setItems(q -> archive.queue(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
            long n = archive.countQueue(filter);
            total.setText(getTranslation("archive.review.total", n));
            return (int) n;
        });
        // The arrow on 提交时间 shows the order the queue has anyway; a click turns it newest first.
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(EntryColumns.SUBMITTED_AT)).build());
        grid.setEmptyStateText(getTranslation("archive.review.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                String.valueOf(e.getItem().id()))));
        add(total, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.review.queue") + " · " + getTranslation("app.title");
    }
}
