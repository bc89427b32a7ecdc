package org.cadreportal.supervision.service;

import java.io.OutputStream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.supervision.domain.LightChangeRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.supervision.AspectRow;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.LightExplanation;
import org.cadreportal.supervision.LightRule;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.domain.Aspect;
import org.cadreportal.supervision.domain.EscalationRepository;
import org.cadreportal.supervision.domain.LightChangeRepository;
import org.cadreportal.supervision.domain.ProgressReportRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.cadreportal.workflow.AttachmentRow;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Copies items into the records views read, and writes the Excel list. */
@Component
@RequiredArgsConstructor
class ItemViews {

    /** The columns an item list sorts on in SQL: the supervision list and the project facts list show the same rows. */
    static final Set<String> SORTABLE = Set.of("itemNo", "title", "leadUnit.name", "startDate", "endDate",
            "actualProgress", "light", "status", "method");

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

    private final ProgressReportRepository reports;
    private final LightChangeRepository changes;
    private final EscalationRepository escalations;
    private final MessageSource messages;
    private final LightJudge judge;
    private final BenchmarkCurves curves;

    static ItemRow row(SupervisionItem i) {
        return new ItemRow(i.getId(), i.getItemNo(), i.getTitle(), i.getAspect().getSection().getNameZh(),
                i.getAspect().getNameZh(), i.getAspect().getNameEn(), i.getMethod(), i.getLeadUnit().getName(),
                i.getStartDate(), i.getEndDate(), i.getActualProgress(), i.getLight(), i.getStatus(),
                i.getSupervisorName());
    }

    static AspectRow aspect(Aspect a) {
        return new AspectRow(a.getId(), a.getVersion(), a.getSection().getId(), a.getSection().getVersion(),
                a.getSection().getNameZh(), a.getSection().getNameEn(), a.getNameZh(), a.getNameEn(), a.getSortOrder(),
                a.isActive(), a.getSection().getSortOrder(), a.getSection().isActive());
    }

    ItemDetails details(SupervisionItem i, boolean mayManage, boolean mayReport, LocalDate today) {
        SupervisionItem b = i.getBenchmark();
        return new ItemDetails(i.getId(), i.getVersion(), i.getItemNo(), i.getTitle(), i.getDescription(),
                aspect(i.getAspect()), i.getMethod(), i.getLeadUnit().getId(), i.getLeadUnit().getName(),
                i.getCoUnits().stream().map(u -> new ItemDetails.Unit(u.getId(), u.getName()))
                        .sorted(Comparator.comparing(ItemDetails.Unit::name)).toList(),
                i.getCadres().stream().map(c -> new ItemDetails.Cadre(c.getId(), c.getName(), c.getPostTitle()))
                        .sorted(Comparator.comparing(ItemDetails.Cadre::name)).toList(),
                i.getSupervisorName(), i.getStartDate(), i.getEndDate(),
                b == null ? null : new ItemDetails.Benchmark(b.getId(), b.getItemNo(), b.getTitle(), b.getActualProgress()),
                i.getMonitorName(), i.getMonitorTarget(), i.getMonitorActual(), i.getStatus(), i.getOnlineOn(),
                i.getClosedOn(), i.getActualProgress(), i.getLight(), i.getType(), explain(i, today),
                i.getMilestones().stream().map(m -> new ItemDetails.MilestoneRow(m.getId(), m.getName(), m.getDueDate(),
                        m.getPlannedProgress(), m.getDoneOn(), m.getLight())).toList(),
                reports.findByItemIdOrderByReportedAtDesc(i.getId()).stream().map(r -> new ItemDetails.ReportRow(
                        r.getId(), r.getReportedAt(), r.getReporterName(), r.getActualProgress(), r.getMonitorValue(),
                        r.getText(), r.getAttachments().stream().map(a -> new AttachmentRow(a.getId(), a.getFileName(),
                        a.getContentType(), a.getSizeBytes())).toList())).toList(),
                changes.findByItemIdOrderByChangedOnAscIdAsc(i.getId()).stream()
                        .map(LightChangeRecord::row).toList(),
                escalations.findByItemIdOrderByRaisedOnAscIdAsc(i.getId()).stream().map(e -> new ItemDetails.EscalationRow(
                        e.getId(), e.getVersion(), e.getCadreId(), e.getCadreName(), e.getRung(), e.getRedCount(), e.getCadreRedCount(),
                        e.getRaisedOn(), e.getInterviewDate(), e.getInterviewer(), e.getNotes(), e.isDone())).toList(),
                mayManage, mayReport, today);
    }

    /** The item's rule run again on what the item holds today: which rule, with which settings and inputs. */
    private LightExplanation explain(SupervisionItem i, LocalDate today) {
        LightSettings s = judge.settings();
        LightRule rule = LightRule.of(i.getMethod());
        LightRule.Verdict v = rule.judge(i.facts(i.getBenchmark() == null ? null : curves.load(i.getBenchmark().getId())),
                s, today);
        return new LightExplanation(rule.method(), List.of(String.valueOf(s.yellowDays()), String.valueOf(s.lagPoints()),
                String.valueOf(s.lagPoints() + LightRule.BENCHMARK_RED_MARGIN)), v.reasonKey(), v.args());
    }

    void export(Function<Pageable, Page<ItemRow>> source, OutputStream out) {
        List<String> headers = List.of("supervision.field.itemNo", "supervision.field.title", "supervision.field.section",
                "supervision.field.aspect", "supervision.field.method", "supervision.field.leadUnit",
                "supervision.field.startDate", "supervision.field.endDate", "supervision.field.progress",
                "supervision.field.light", "supervision.field.status").stream().map(this::label).toList();
        ExcelExport.write(label("supervision.sheet"), headers, source, r -> List.of(r.itemNo(), r.title(),
                r.sectionZh(), r.aspectZh(), label(r.method().labelKey()), r.leadUnit(), r.startDate().toString(),
                r.endDate().toString(), r.actualProgress() + "%", label(r.light().labelKey()),
                label(r.status().labelKey())), out);
    }

    private String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
