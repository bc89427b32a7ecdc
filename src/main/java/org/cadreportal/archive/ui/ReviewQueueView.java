package org.cadreportal.archive.ui;

import com.vaadin.flow.component.grid.Grid;
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

/** 实绩审核: submitted entries in the clerk's scope, the longest-waiting first. */
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
        }, EntryFilterBar.Part.UNIT, EntryFilterBar.Part.PERIOD, EntryFilterBar.Part.FIELD));
        Span total = new Span();
        total.setId("review-total");
        grid.setId("review-grid");
        EntryColumns.configure(grid, true);
        grid.setItems(q -> archive.queue(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
            long n = archive.countQueue(filter);
            total.setText(getTranslation("archive.review.total", n));
            return (int) n;
        });
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
