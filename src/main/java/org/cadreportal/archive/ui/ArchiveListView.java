package org.cadreportal.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryTotal;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.ExportDialog;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.Exporters;
import org.cadreportal.security.roles.PortalStaff;

/** 实绩档案: every entry of the cadres in the user's scope, filtered, sorted and paged in the database. */
@Route("archive")
@PortalStaff
@Menu(title = "menu.archive", order = 15, icon = "vaadin:archive")
public class ArchiveListView extends Div implements HasDynamicTitle {

    /** Rows the grid asks for at a time (Vaadin's default page size). */
    private static final int PAGE = 50;

    private final ArchiveService archive;
    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private final Span total = new Span();
    private final GridLazyDataView<EntryRow> rows;
    private EntryFilter filter = EntryFilter.all();

    public ArchiveListView(ArchiveService archive, OrgService org, CurrentUsers users) {
        this.archive = archive;
        CurrentUser user = users.require();
        addClassName("portal-page");
        Div actions = new Div();
        if (user.holds(Exporters.class)) {
            Button export = new Button(getTranslation("cadre.action.export"), new Icon(VaadinIcon.DOWNLOAD),
                    e -> export());
            export.setId("archive-export");
            actions.add(export);
        }
        add(new ViewToolbar(getTranslation("archive.list.title"), actions));
        add(new EntryFilterBar(archive, org.subtree(user.scopeUnitId()), null, f -> {
            filter = f;
            showTotal();
        }, EntryFilterBar.Part.values()));
        grid.setId("archive-grid");
        EntryColumns.configure(grid, true);
        rows = grid.setItems(q -> archive.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        showTotal();
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("archive.list.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                String.valueOf(e.getItem().id()))));
        total.setId("archive-total");
        add(total, grid);
    }

    /**
     * The total as far as it was counted: an exact total sizes the grid; otherwise the grid pages on until
     * the rows run out, and the line above it says what was counted.
     */
    private void showTotal() {
        EntryTotal t = archive.total(filter);
        total.setText(switch (t.kind()) {
            case EXACT -> getTranslation("archive.list.total", t.count());
            case MORE_THAN -> getTranslation("archive.list.totalMoreThan", t.count());
            case AMONG_NEWEST -> getTranslation("archive.list.totalAmongNewest", t.count(), t.searched());
        });
        if (t.exact()) {
            int n = (int) Math.min(t.count(), Integer.MAX_VALUE);
            rows.setItemCountCallback(q -> n);
        } else {
            rows.setItemCountUnknown();
            rows.setItemCountEstimate((int) Math.min(t.count() + PAGE, Integer.MAX_VALUE));
        }
        grid.getDataProvider().refreshAll();
    }

    private void export() {
        EntryFilter chosen = filter;
        ExportDialog.start(getTranslation("archive.export.title"), "archive.xlsx", Downloads.XLSX,
                (out, progress) -> archive.exportExcel(chosen, out, progress));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.list.title") + " · " + getTranslation("app.title");
    }
}
