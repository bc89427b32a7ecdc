package org.cadreportal.report.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.org.UnitNode;
import org.cadreportal.report.ChartBar;
import org.cadreportal.report.DashboardPanel;
import org.cadreportal.report.DashboardSection;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureFilter;
import org.cadreportal.report.FigureValue;
import org.cadreportal.report.service.DashboardService;
import org.cadreportal.security.roles.PortalStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 数据看板: the figures leaders quote for a period and a unit of the user's scope, by section; each tile opens
 * the records behind it; then the panels features contribute (the 考核类别 grades, a rank chart). Below, a
 * figure's monthly trend over the chosen year and its share by child unit, drawn as SVG on the server, each with
 * its table in Excel.
 */
@Route("dashboard")
@PortalStaff
@Menu(title = "menu.dashboard", order = 2, icon = "vaadin:dashboard")
public class DashboardView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);

    private final DashboardService dashboard;
    private final Select<Period.Kind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    /** The features' own filters (大督办's 包保市领导); one narrows at a time. */
    private final List<ComboBox<FigureFilter.Choice>> narrowers = new ArrayList<>();
    private final List<FigureFilter> filters;
    private final Select<FigureDefinition> chartFigure = new Select<>();
    private final Div tiles = new Div();
    private final Div charts = new Div();
    private final Div panels = new Div();
    private final List<DashboardPanel> contributed;
    private final Span periodLine = new Span();
    private final Clock clock;

    public DashboardView(DashboardService dashboard, Clock clock, List<DashboardPanel> contributed) {
        this.dashboard = dashboard;
        this.clock = clock;
        this.filters = dashboard.filters();
        this.contributed = contributed.stream().sorted(java.util.Comparator.comparingInt(DashboardPanel::order))
                .toList();
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("dashboard.title")));
        add(filterBar(LocalDate.now(clock).getYear()));
        periodLine.setId("dashboard-period");
        periodLine.addClassName("portal-dashboard-period");
        tiles.setId("dashboard-tiles");
        tiles.addClassName("portal-dashboard-sections");
        charts.setId("dashboard-charts");
        charts.addClassName("portal-dashboard-charts");
        panels.setId("dashboard-panels");
        panels.addClassName("portal-dashboard-sections");
        add(periodLine, tiles, panels, chartBar(), charts);
        refresh();
    }

    private HorizontalLayout filterBar(int currentYear) {
        kind.setLabel(getTranslation("dashboard.period"));
        kind.setItems(Period.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(Period.Kind.YEAR);
        kind.setWidth("6.5em");
        kind.setId("dashboard-period-kind");
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(IntStream.rangeClosed(currentYear - 5, currentYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearValue", y));
        year.setValue(currentYear);
        year.setWidth("7em");
        year.setId("dashboard-year");
        quarter.setLabel(getTranslation("dashboard.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("dashboard.quarterValue", q));
        quarter.setValue(1);
        quarter.setWidth("6em");
        quarter.setId("dashboard-quarter");
        month.setLabel(getTranslation("dashboard.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("dashboard.monthValue", m));
        month.setValue(1);
        month.setWidth("5.5em");
        month.setId("dashboard-month");
        from.setLabel(getTranslation("dashboard.from"));
        from.setValue(LocalDate.of(currentYear, 1, 1));
        from.setWidth("9em");
        from.setId("dashboard-from");
        to.setLabel(getTranslation("dashboard.to"));
        to.setValue(LocalDate.of(currentYear, 12, 31));
        to.setWidth("9em");
        to.setId("dashboard-to");
        unit.setLabel(getTranslation("dashboard.unit"));
        unit.setItems(dashboard.units());
        unit.setItemLabelGenerator(UnitNode::indentedName);
        unit.setPlaceholder(getTranslation("dashboard.unit.all"));
        unit.setClearButtonVisible(true);
        unit.setWidth("12em");
        unit.setId("dashboard-unit");
        showPickers();
        kind.addValueChangeListener(e -> {
            showPickers();
            refresh();
        });
        year.addValueChangeListener(e -> refresh());
        quarter.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(kind, year, quarter, month, from, to, unit);
        filters.forEach(f -> bar.add(narrower(f)));
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filter-bar");
        bar.setWrap(true);
        return bar;
    }

    private HorizontalLayout chartBar() {
        chartFigure.setLabel(getTranslation("dashboard.chart.figure"));
        List<FigureDefinition> definitions = dashboard.definitions();
        chartFigure.setItems(definitions);
        chartFigure.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        dashboard.defaultChartFigure().ifPresent(chartFigure::setValue);
        chartFigure.setWidth("14em");
        chartFigure.setId("dashboard-chart-figure");
        chartFigure.addValueChangeListener(e -> drawCharts(period()));
        HorizontalLayout bar = new HorizontalLayout(new H3(getTranslation("dashboard.charts")), chartFigure);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private ComboBox<FigureFilter.Choice> narrower(FigureFilter f) {
        ComboBox<FigureFilter.Choice> box = new ComboBox<>(getTranslation(f.labelKey()));
        box.setItems(f.choices());
        box.setItemLabelGenerator(FigureFilter.Choice::label);
        box.setPlaceholder(getTranslation("dashboard.filter.any"));
        box.setClearButtonVisible(true);
        box.setWidth("9em");
        box.setId(f.id());
        box.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                narrowers.stream().filter(other -> other != box).forEach(ComboBox::clear);
            }
            refresh();
        });
        narrowers.add(box);
        return box;
    }

    /** The choice of the filter in use, null when none is chosen. */
    private FigureFilter.Choice choice() {
        return narrowers.stream().map(ComboBox::getValue).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private String part() {
        FigureFilter.Choice c = choice();
        return c == null ? null : c.part();
    }

    /** The section whose figures the choice narrows (the one its filter belongs to). */
    private String narrowedSection() {
        String part = part();
        return filters.stream().filter(f -> f.offers(part)).map(FigureFilter::sectionKey).findFirst().orElse(null);
    }

    private void showPickers() {
        Period.Kind k = kind.getValue();
        year.setVisible(k != Period.Kind.CUSTOM);
        quarter.setVisible(k == Period.Kind.QUARTER);
        month.setVisible(k == Period.Kind.MONTH);
        from.setVisible(k == Period.Kind.CUSTOM);
        to.setVisible(k == Period.Kind.CUSTOM);
    }

    Period period() {
        int y = year.getValue() == null ? LocalDate.now(clock).getYear() : year.getValue();
        return switch (kind.getValue() == null ? Period.Kind.YEAR : kind.getValue()) {
            case YEAR -> Period.year(y);
            case QUARTER -> Period.quarter(y, quarter.getValue() == null ? 1 : quarter.getValue());
            case MONTH -> Period.month(y, month.getValue() == null ? 1 : month.getValue());
            case CUSTOM -> new Period(from.getValue(), to.getValue());
        };
    }

    private Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    private void refresh() {
        Period p = period();
        tiles.removeAll();
        panels.removeAll();
        charts.removeAll();
        if (p.from() == null || p.to() == null || p.to().isBefore(p.from())) {
            periodLine.setText(getTranslation("dashboard.error.period"));
            return;
        }
        long started = System.nanoTime();
        periodLine.setText(getTranslation("dashboard.periodLine", p.from(), p.to(),
                unit.getValue() == null ? getTranslation("dashboard.unit.all") : unit.getValue().name())
                + (choice() == null ? "" : " · " + getTranslation("dashboard.narrowedTo", choice().label())));
        String part = part();
        String narrowed = narrowedSection();
        for (DashboardSection section : dashboard.dashboard(p.from(), p.to(), unitId(), part)) {
            Div box = new Div(new H3(getTranslation(section.sectionKey())));
            box.addClassName("portal-dashboard-section");
            Div row = new Div();
            row.addClassName("portal-tiles");
            String tilePart = section.sectionKey().equals(narrowed) ? part : null;
            section.figures().forEach(v -> row.add(tile(v, p, tilePart)));
            box.add(row);
            tiles.add(box);
        }
        Long unitId = unitId();
        contributed.forEach(c -> c.panel(p.from(), p.to(), unitId, part).ifPresent(panels::add));
        drawCharts(p);
        log.debug("Dashboard {}..{} unit {} drawn in {} ms", p.from(), p.to(), unitId(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Anchor tile(FigureValue v, Period p, String part) {
        FigureDefinition d = v.definition();
        Span label = new Span(getTranslation(d.labelKey()));
        label.addClassName("portal-tile-label");
        Span value = new Span(v.display());
        value.addClassName("portal-tile-value");
        value.getElement().setAttribute("data-figure", d.key());
        Span measure = new Span(d.isRate() ? "" : getTranslation(d.measureKey()));
        measure.addClassName("portal-tile-measure");
        Div number = new Div(value, measure);
        Anchor a = new Anchor("dashboard/figure/" + d.key() + "?" + p.query(unitId(), part), label, number);
        a.addClassName("portal-tile");
        a.setId("tile-" + d.key().replace('.', '-'));
        if (d.isRate()) {
            a.setTitle(getTranslation("dashboard.rateOf", v.numerator(), v.denominator()));
        }
        return a;
    }

    private void drawCharts(Period p) {
        charts.removeAll();
        FigureDefinition d = chartFigure.getValue();
        if (d == null || p.from() == null || p.to() == null || p.to().isBefore(p.from())) {
            return;
        }
        String name = getTranslation(d.labelKey());
        int y = p.from().getYear();
        List<ChartBar> months = dashboard.monthly(d.key(), y, unitId(), part());
        List<String> monthLabels = months.stream().map(b -> getTranslation("dashboard.monthValue",
                Integer.parseInt(b.label()))).toList();
        List<ChartBar> monthRows = IntStream.range(0, months.size())
                .mapToObj(i -> new ChartBar(monthLabels.get(i), months.get(i).value())).toList();
        String trendTitle = getTranslation("dashboard.chart.trend", name, y);
        Div trend = chartBox(trendTitle, SvgCharts.columns(months, monthLabels, trendTitle),
                exportLink(monthRows, trendTitle, getTranslation("dashboard.month"), "dashboard-trend.xlsx",
                        "export-trend"));
        trend.setId("chart-trend");
        List<ChartBar> units = dashboard.byUnit(d.key(), p.from(), p.to(), unitId(), part());
        String shareTitle = getTranslation("dashboard.chart.share", name, p.from(), p.to());
        Div share = chartBox(shareTitle, units.isEmpty() ? new Span(getTranslation("dashboard.chart.noChildren"))
                : SvgCharts.rows(units, shareTitle),
                exportLink(units, shareTitle, getTranslation("dashboard.unit"), "dashboard-units.xlsx", "export-share"));
        share.setId("chart-share");
        charts.add(trend, share);
    }

    private Div chartBox(String title, com.vaadin.flow.component.Component chart, Anchor export) {
        HorizontalLayout head = new HorizontalLayout(new H4(title), export);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div box = new Div(head, chart);
        box.addClassName("portal-chart");
        return box;
    }

    private Anchor exportLink(List<ChartBar> bars, String title, String labelHeader, String file, String id) {
        List<String> headers = bars.stream().findFirst().filter(b -> b.value().definition().isRate()).isPresent()
                ? List.of(labelHeader, getTranslation("dashboard.value"), getTranslation("dashboard.numerator"),
                getTranslation("dashboard.denominator"))
                : List.of(labelHeader, getTranslation("dashboard.value"));
        String sheet = title.length() > 31 ? title.substring(0, 31) : title;
        DownloadHandler handler = Downloads.excel(file, out -> dashboard.exportChart(bars,
                sheet.replaceAll("[\\\\/?*\\[\\]:]", " "), headers, out));
        return Downloads.exportLink(handler, id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard") + " · " + getTranslation("app.title");
    }
}
