package org.cadreportal.report.service;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.report.ChartBar;
import org.cadreportal.report.DashboardSection;
import org.cadreportal.report.FigureDefinition;
import org.cadreportal.report.FigureFilter;
import org.cadreportal.report.FigureRecord;
import org.cadreportal.report.FigureSource;
import org.cadreportal.report.FigureValue;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The dashboard: every figure of every source the user may see, for a period and a unit subtree of the user's
 * scope, rates computed from their two counts; the records behind a figure; the monthly trend and the share by
 * child unit, each made of the same {@link FigureSource#counts} calls. Nothing is stored.
 */
@Service
@RequiredArgsConstructor
public class DashboardService {

    /** Sections in the order leaders read them; a section not listed follows in the sources' order. */
    private static final List<String> SECTION_ORDER = List.of("report.section.archive",
            "report.section.adjustment", "report.section.award", "dashboard.section.supervision",
            "dashboard.section.accusation", "dashboard.section.tolerance");

    private static final List<String> CHART_DEFAULTS = List.of("supervision.redRate", "accusation.falseAccusations");

    private final List<FigureSource> sources;
    private final OrgService org;
    private final DataScope scope;
    private final AccessLog accessLog;
    private final StoredTexts texts;

    /** Every figure the user may see, by section, for the period and unit (null: the whole scope). */
    @PortalStaff
    public List<DashboardSection> dashboard(LocalDate from, LocalDate to, Long unitId) {
        return dashboard(from, to, unitId, null);
    }

    /**
     * As above, the figures of the source whose {@link FigureFilter} offers {@code part} narrowed to it; the
     * other sources' figures stay whole.
     */
    @PortalStaff
    public List<DashboardSection> dashboard(LocalDate from, LocalDate to, Long unitId, String part) {
        checkPeriod(from, to);
        Map<String, Long> counts = new HashMap<>();
        List<FigureDefinition> definitions = new ArrayList<>();
        for (FigureSource source : available()) {
            counts.putAll(source.counts(from, to, unitId, partFor(source, part)));
            definitions.addAll(source.definitions());
        }
        Map<String, List<FigureValue>> bySection = new LinkedHashMap<>();
        for (FigureDefinition d : definitions) {
            bySection.computeIfAbsent(d.sectionKey(), k -> new ArrayList<>()).add(value(d, counts));
        }
        List<DashboardSection> sections = new ArrayList<>();
        bySection.forEach((key, values) -> sections.add(new DashboardSection(key,
                values.stream().sorted(Comparator.comparingInt(v -> v.definition().order())).toList())));
        sections.sort(Comparator.comparingInt(s -> sectionRank(s.sectionKey())));
        return sections;
    }

    /** The filters the sources the user sees offer beside period and unit. */
    @PortalStaff
    public List<FigureFilter> filters() {
        return available().stream().flatMap(s -> s.filter().stream()).toList();
    }

    /** The figures the user may see, in dashboard order, for the chart's figure picker. */
    @PortalStaff
    public List<FigureDefinition> definitions() {
        return available().stream().flatMap(s -> s.definitions().stream())
                .sorted(Comparator.comparingInt((FigureDefinition d) -> sectionRank(d.sectionKey()))
                        .thenComparingInt(FigureDefinition::order))
                .toList();
    }

    /**
     * The figure the charts show first: the red-light rate where the user sees 大督办, else false accusations,
     * else the first figure; cheap figures, so the dashboard opens quickly (charts repeat the counts 12+ times).
     */
    @PortalStaff
    public Optional<FigureDefinition> defaultChartFigure() {
        List<FigureDefinition> all = definitions();
        return CHART_DEFAULTS.stream().flatMap(k -> all.stream().filter(d -> d.key().equals(k))).findFirst()
                .or(() -> all.stream().findFirst());
    }

    @PortalStaff
    public Optional<FigureDefinition> definition(String key) {
        return available().stream().flatMap(s -> s.definitions().stream()).filter(d -> d.key().equals(key))
                .findFirst();
    }

    /** One figure's value for the period and unit. */
    @PortalStaff
    public FigureValue value(String key, LocalDate from, LocalDate to, Long unitId) {
        checkPeriod(from, to);
        FigureDefinition d = definition(key).orElseThrow(RecordNotFoundException::new);
        return value(d, countsFor(d, from, to, unitId, null));
    }

    /** The figure narrowed to a filter's part; empty when no filter of its source offers that part. */
    @PortalStaff
    public Optional<FigureValue> value(String key, String part, LocalDate from, LocalDate to, Long unitId) {
        checkPeriod(from, to);
        FigureDefinition d = definition(key).orElseThrow(RecordNotFoundException::new);
        if (partFor(sourceOf(d.isRate() ? d.numerator() : d.key()), part) == null) {
            return Optional.empty();
        }
        return Optional.of(value(d, countsFor(d, from, to, unitId, part)));
    }

    /**
     * The records behind a figure (a rate: those of its numerator), a page at a time in the database; the
     * total is the figure's count.
     */
    @PortalStaff
    public Page<FigureRecord> records(String key, LocalDate from, LocalDate to, Long unitId, Pageable pageable) {
        return records(key, null, from, to, unitId, pageable);
    }

    /** The records behind one part of a figure (a dashboard panel's count); {@code part} null: the whole figure. */
    @PortalStaff
    public Page<FigureRecord> records(String key, String part, LocalDate from, LocalDate to, Long unitId,
                                      Pageable pageable) {
        checkPeriod(from, to);
        FigureDefinition d = definition(key).orElseThrow(RecordNotFoundException::new);
        String counted = d.isRate() ? d.numerator() : d.key();
        return sourceOf(counted).records(counted, part, from, to, unitId, pageable).map(r -> new FigureRecord(r.id(),
                r.date(), r.title(), r.unitName(), texts.show(r.detail()), r.link()));
    }

    /** The records behind a figure as one Excel sheet, streamed a page at a time. */
    @PortalStaff
    public void exportRecords(String key, LocalDate from, LocalDate to, Long unitId, String sheetName,
                              List<String> headers, OutputStream out) {
        exportRecords(key, null, from, to, unitId, sheetName, headers, out);
    }

    /** The records behind a figure (or one part of it) as one Excel sheet, streamed a page at a time. */
    @PortalStaff
    public void exportRecords(String key, String part, LocalDate from, LocalDate to, Long unitId, String sheetName,
                              List<String> headers, OutputStream out) {
        accessLog.exported(AccessTypes.DASHBOARD, sheetName + " · " + key + (part == null ? "" : "/" + part) + " "
                + from + "~" + to);
        ExcelExport.write(sheetName, headers, p -> records(key, part, from, to, unitId, p),
                r -> List.of(String.valueOf(r.date()), r.title(), nz(r.unitName()), nz(r.detail()), nz(r.link())),
                out);
    }

    /** The figure in each month of the year: twelve bars, each the same counts call for that month. */
    @PortalStaff
    public List<ChartBar> monthly(String key, int year, Long unitId) {
        return monthly(key, year, unitId, null);
    }

    /** As above, narrowed to a filter's part where the figure's source offers it. */
    @PortalStaff
    public List<ChartBar> monthly(String key, int year, Long unitId, String part) {
        FigureDefinition d = definition(key).orElseThrow(RecordNotFoundException::new);
        List<ChartBar> bars = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            bars.add(new ChartBar(String.valueOf(m), value(d, countsFor(d, month.atDay(1), month.atEndOfMonth(),
                    unitId, part))));
        }
        return bars;
    }

    /** The figure in each direct child unit of the unit (or of the user's scope unit), over the period. */
    @PortalStaff
    public List<ChartBar> byUnit(String key, LocalDate from, LocalDate to, Long unitId) {
        return byUnit(key, from, to, unitId, null);
    }

    /** As above, narrowed to a filter's part where the figure's source offers it. */
    @PortalStaff
    public List<ChartBar> byUnit(String key, LocalDate from, LocalDate to, Long unitId, String part) {
        checkPeriod(from, to);
        FigureDefinition d = definition(key).orElseThrow(RecordNotFoundException::new);
        long parent = unitInScope(unitId);
        List<ChartBar> bars = new ArrayList<>();
        for (UnitNode child : org.children(parent, false)) {
            bars.add(new ChartBar(child.name(), value(d, countsFor(d, from, to, child.id(), part))));
        }
        return bars;
    }

    /** The units a user may pick: the active units of their scope, in tree order. */
    @PortalStaff
    public List<UnitNode> units() {
        return org.subtree(scope.unitId());
    }

    /** A chart's table as an Excel sheet: label, value (and for a rate its numerator and denominator). */
    @PortalStaff
    public void exportChart(List<ChartBar> bars, String sheetName, List<String> headers, OutputStream out) {
        accessLog.exported(AccessTypes.DASHBOARD, sheetName);
        ExcelExport.write(sheetName, headers, p -> p.getPageNumber() == 0 ? List.copyOf(bars) : List.<ChartBar>of(),
                bars.size(), b -> b.value().definition().isRate()
                        ? List.of(b.label(), b.value().display(), b.value().numerator(), b.value().denominator())
                        : List.of(b.label(), b.value().display()), out, ExportProgress.NONE);
    }

    // --- helpers -------------------------------------------------------------------------------

    private List<FigureSource> available() {
        return sources.stream().filter(FigureSource::available).toList();
    }

    private FigureSource sourceOf(String key) {
        return available().stream().filter(s -> s.definitions().stream().anyMatch(d -> d.key().equals(key)))
                .findFirst().orElseThrow(RecordNotFoundException::new);
    }

    /**
     * The counts a figure needs: its own source's (and, for a rate, those of its two counts' sources), each
     * narrowed to the part where that source offers it.
     */
    private Map<String, Long> countsFor(FigureDefinition d, LocalDate from, LocalDate to, Long unitId, String part) {
        if (!d.isRate()) {
            FigureSource s = sourceOf(d.key());
            return s.counts(from, to, unitId, partFor(s, part));
        }
        FigureSource n = sourceOf(d.numerator());
        FigureSource m = sourceOf(d.denominator());
        Map<String, Long> counts = new HashMap<>(n.counts(from, to, unitId, partFor(n, part)));
        if (m != n) {
            counts.putAll(m.counts(from, to, unitId, partFor(m, part)));
        }
        return counts;
    }

    /** The part if the source's filter offers it, else null (the source counts whole). */
    private static String partFor(FigureSource source, String part) {
        return part != null && source.filter().filter(f -> f.offers(part)).isPresent() ? part : null;
    }

    private static FigureValue value(FigureDefinition d, Map<String, Long> counts) {
        if (d.isRate()) {
            return FigureValue.rate(d, counts.getOrDefault(d.numerator(), 0L), counts.getOrDefault(d.denominator(), 0L));
        }
        return FigureValue.of(d, counts.getOrDefault(d.key(), 0L));
    }

    private long unitInScope(Long unitId) {
        if (unitId == null) {
            return scope.unitId();
        }
        UnitNode unit = org.get(unitId);
        return scope.covers(unit.path()) ? unit.id() : scope.unitId();
    }

    private static int sectionRank(String key) {
        int i = SECTION_ORDER.indexOf(key);
        return i < 0 ? SECTION_ORDER.size() : i;
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new FieldException("to", "dashboard.error.period");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
