package org.cadreportal.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureValue;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.service.DashboardService;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.PageRequest;

/**
 * The records behind one dashboard figure ({@code dashboard/figure/{key}?from=..&to=..&unit=..}): a lazy grid
 * paged in the database, sortable by date, each row opening its record; the same table in Excel. {@code part}
 * narrows it to one part of the figure, as a dashboard panel's count names it.
 */
@Route("dashboard/figure")
@PortalStaff
public class FigureView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final DashboardService dashboard;
    private final Clock clock;
    private final Grid<FigureRecord> grid = new Grid<>(FigureRecord.class, false);
    private String title = "";

    public FigureView(DashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        QueryParameters q = event.getLocation().getQueryParameters();
        int year = LocalDate.now(clock).getYear();
        LocalDate from = date(q, "from", LocalDate.of(year, 1, 1));
        LocalDate to = date(q, "to", LocalDate.of(year, 12, 31));
        Long unitId = RouteIds.query(q, "unit");
        // A dashboard panel's count drills down to one part of a figure (the units of one 考核类别 with a grade);
        // a tile the dashboard's filter narrowed, to its part too, and shows the narrowed value (a rate stays one).
        String part = q.getSingleParameter("part").filter(s -> !s.isBlank()).orElse(null);
        FigureDefinition d = dashboard.definition(key).orElseThrow(RecordNotFoundException::new);
        String shown = part == null ? dashboard.value(key, from, to, unitId).display()
                : dashboard.value(key, part, from, to, unitId).map(FigureValue::display).orElseGet(() ->
                String.valueOf(dashboard.records(key, part, from, to, unitId, PageRequest.of(0, 1))
                        .getTotalElements()));
        title = getTranslation(d.labelKey());
        removeAll();
        Anchor back = new Anchor("dashboard", getTranslation("dashboard.back"));
        back.setId("dashboard-back");
        List<String> headers = List.of(getTranslation("dashboard.record.date"), getTranslation("dashboard.record.title"),
                getTranslation("dashboard.unit"), getTranslation("dashboard.record.detail"),
                getTranslation("dashboard.record.link"));
        Anchor export = Downloads.exportLink(Downloads.excel("dashboard-" + key + ".xlsx",
                out -> dashboard.exportRecords(key, part, from, to, unitId, title, headers, out)), "export-figure");
        add(new ViewToolbar(title, back, export));
        Span summary = new Span(getTranslation("dashboard.figureLine", from, to, shown
                + (d.isRate() ? "" : " " + getTranslation(d.measureKey()))));
        summary.setId("figure-summary");
        Span total = new Span();
        total.setId("figure-total");
        HorizontalLayout head = new HorizontalLayout(summary, total);
        add(head);
        grid.setId("figure-grid");
        grid.addClassName("portal-dense-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.removeAllColumns();
        grid.addColumn(r -> r.date().toString()).setHeader(headers.get(0)).setSortProperty("date")
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(FigureRecord::title).setHeader(headers.get(1)).setFlexGrow(2)
                .setTooltipGenerator(FigureRecord::title);
        grid.addColumn(FigureRecord::unitName).setHeader(headers.get(2)).setFlexGrow(1)
                .setTooltipGenerator(FigureRecord::unitName);
        grid.addColumn(FigureRecord::detail).setHeader(headers.get(3)).setFlexGrow(1)
                .setTooltipGenerator(FigureRecord::detail);
        grid.addColumn(new ComponentRenderer<>(r -> new Anchor(r.link(), getTranslation("dashboard.record.open"))))
                .setHeader(headers.get(4)).setWidth("5em").setFlexGrow(0);
        grid.setItems(query -> dashboard.records(key, part, from, to, unitId,
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long n = dashboard.records(key, part, from, to, unitId, PageRequest.of(0, 1)).getTotalElements();
                    total.setText(getTranslation("dashboard.total", n));
                    return (int) n;
                });
        grid.setEmptyStateText(getTranslation("dashboard.records.empty"));
        add(grid);
    }

    private static LocalDate date(QueryParameters q, String name, LocalDate otherwise) {
        try {
            return q.getSingleParameter(name).map(LocalDate::parse).orElse(otherwise);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
