package org.cadreportal.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryRow;

/** 实绩档案 tab of a cadre's page: their entries by period, a PDF of a period range, filing on their behalf. */
class ArchivePanel extends Div {

    ArchivePanel(ArchiveService archive, long cadreId, boolean mayFileForThem) {
        setWidthFull();
        setId("cadre-archive");
        PdfRangeExport pdf = new PdfRangeExport(archive, cadreId);
        if (mayFileForThem) {
            Button proxy = new Button(getTranslation("archive.action.proxy"), new Icon(VaadinIcon.EDIT), e ->
                    getUI().ifPresent(ui -> ui.navigate("archive/entry/new",
                            QueryParameters.of("cadre", String.valueOf(cadreId)))));
            proxy.setId("archive-proxy");
            pdf.add(proxy);
        }
        Grid<EntryRow> grid = new Grid<>(EntryRow.class, false);
        EntryColumns.configure(grid, false);
        EntryFilter filter = EntryFilter.ofCadre(cadreId);
        grid.setItems(q -> archive.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) archive.count(filter));
        grid.setEmptyStateText(getTranslation("archive.mine.emptyStaff"));
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EntryView.class,
                String.valueOf(e.getItem().id()))));
        add(pdf, grid);
    }
}
