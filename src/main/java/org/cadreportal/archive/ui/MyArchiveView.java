package org.cadreportal.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;

/**
 * 我的实绩: the signed-in cadre's own entries (as cards on a phone), the periods open for filing, and the archive
 * as a PDF.
 */
@Route("my-archive")
@RolesAllowed(AppRoles.CADRE)
@Menu(title = "menu.myArchive", order = 4, icon = "vaadin:notebook")
public class MyArchiveView extends Div implements HasDynamicTitle {

    private final Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
    private EntryFilter filter;

    public MyArchiveView(ArchiveService archive, CurrentUsers users, Clock clock) {
        CurrentUser user = users.require();
        filter = user.cadreId() == null ? EntryFilter.all() : EntryFilter.ofCadre(user.cadreId());
        addClassName("portal-page");
        Button create = ViewToolbar.create("archive.action.new", "archive-new", e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class, "new")));
        create.setEnabled(user.cadreId() != null);
        add(new ViewToolbar(getTranslation("archive.mine.title"), create));
        for (PeriodRow p : user.cadreId() == null ? List.<PeriodRow>of() : openPeriods(archive, clock)) {
            Paragraph banner = new Paragraph(getTranslation("archive.mine.open", p.name(getLocale()), p.deadline()));
            banner.addClassName("portal-case-findings");
            add(banner);
        }
        add(new EntryFilterBar(archive, List.of(), filter.cadreId(), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        }, EntryFilterBar.Part.PERIOD, EntryFilterBar.Part.STATUS));
        grid.setId("my-archive-grid");
        EntryColumns.configure(grid, false);
        EntryCards.install(grid);
        grid.setItems(q -> archive.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) archive.count(filter));
        grid.setEmptyStateText(getTranslation("archive.mine.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                String.valueOf(e.getItem().id()))));
        add(grid);
        if (user.cadreId() != null) {
            add(new PdfRangeExport(archive, user.cadreId()));
        }
    }

    /** The open periods this page announces to the signed-in cadre (theirs to file in); the home page's card too. */
    static List<PeriodRow> openPeriods(ArchiveService archive, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return archive.periodsFor(null).stream().filter(p -> p.openOn(today)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.mine.title") + " · " + getTranslation("app.title");
    }
}
