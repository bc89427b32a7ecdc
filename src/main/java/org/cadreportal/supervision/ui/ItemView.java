package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.RecordList;
import org.cadreportal.base.ui.RecordView;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.SupervisionParticipants;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.LightExplanation;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.Rung;
import org.cadreportal.supervision.SupervisionService;

/** One item: facts, Gantt, milestones with lights, progress reports, the light history and the ladder. */
@Route("supervision/item")
@SupervisionParticipants
public class ItemView extends RecordView implements HasUrlParameter<Long> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionService items;
    private final CadreService cadres;
    private final OrgService org;
    private final ProjectFactsService facts;
    private final CurrentUser user;

    public ItemView(SupervisionService items, CadreService cadres, OrgService org, CurrentUsers users,
                    ProjectFactsService facts) {
        this.items = items;
        this.facts = facts;
        this.cadres = cadres;
        this.org = org;
        this.user = users.require();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(items.get(id));
    }

    private void show(ItemDetails d) {
        head(d.itemNo() + " · " + d.title(), actions(d));
        add(facts(d));
        H3 gantt = new H3(getTranslation("supervision.gantt.title"));
        Div chart = new Div(GanttChart.draw(List.of(new GanttChart.Row(getTranslation("supervision.gantt.item"),
                d.startDate(), d.endDate(), d.actualProgress(), d.light(), d.milestones().stream()
                .map(m -> new GanttChart.Mark(m.dueDate(), m.light(), m.name())).toList())), d.today(),
                getTranslation("supervision.gantt.today")));
        chart.setId("item-gantt");
        chart.addClassName("portal-gantt-box");
        add(gantt, chart, new H3(getTranslation("supervision.field.milestones")), milestones(d));
        add(new ItemRecordsPanel(facts, d, () -> show(items.get(d.id()))));
        add(new H3(getTranslation("supervision.escalation.title")), escalations(d));
        add(new H3(getTranslation("supervision.reports.title")), reports(d));
        add(new H3(getTranslation("supervision.lights.title")), lightHistory(d));
    }

    private HorizontalLayout actions(ItemDetails d) {
        HorizontalLayout actions = new HorizontalLayout();
        if (d.mayReport()) {
            Button report = new Button(getTranslation("supervision.action.report"), new Icon(VaadinIcon.EDIT),
                    e -> new ProgressDialog(items, d, this::show).open());
            report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            report.setId("item-report");
            actions.add(report);
        }
        if (d.mayManage() && d.status() == ItemStatus.DRAFT) {
            Button edit = new Button(getTranslation("action.edit"), e -> new ItemDialog(items, cadres,
                    org.subtree(user.scopeUnitId()), d, this::show).open());
            Button online = new Button(getTranslation("supervision.action.online"), new Icon(VaadinIcon.CHECK),
                    e -> confirm("supervision.online.confirm", () -> items.approveOnline(d.id(), d.version())));
            online.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            online.setId("item-online");
            actions.add(edit, online);
        }
        if (d.mayManage() && d.status() == ItemStatus.ONLINE) {
            Button close = new Button(getTranslation("supervision.action.close"), new Icon(VaadinIcon.CHECK_SQUARE),
                    e -> confirm("supervision.close.confirm", () -> items.close(d.id(), d.version())));
            close.setId("item-close");
            actions.add(close);
        }
        return actions;
    }

    private void confirm(String key, Supplier<ItemDetails> action) {
        ConfirmDialog c = new ConfirmDialog();
        c.setHeader(getTranslation("action.confirm"));
        c.setText(getTranslation(key));
        c.setCancelable(true);
        c.setCancelText(getTranslation("action.cancel"));
        c.setConfirmText(getTranslation("action.confirm"));
        c.addConfirmListener(e -> {
            try {
                show(action.get());
                Notices.success("notice.saved");
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        c.open();
    }

    private Div facts(ItemDetails d) {
        Div facts = Facts.box("item-facts");
        Span light = LightBadge.of(d.light());
        light.setId("item-light");
        facts.add(fact("supervision.field.light", light));
        facts.add(fact("supervision.field.type", new Span(getTranslation(d.type().labelKey()))));
        facts.add(fact("supervision.field.status", new Span(getTranslation(d.status().labelKey()))));
        facts.add(fact("supervision.field.progress", new Span(d.actualProgress() + "%")));
        facts.add(fact("supervision.field.aspect", new Span(d.aspect().section(getLocale()) + " · "
                + d.aspect().name(getLocale()))));
        facts.add(fact("supervision.field.method", new Span(getTranslation(d.method().labelKey()))));
        facts.add(fact("supervision.field.period", new Span(d.startDate() + " — " + d.endDate())));
        facts.add(fact("supervision.field.leadUnit", new Span(d.leadUnit())));
        facts.add(fact("supervision.field.supervisor", new Span(d.supervisorName())));
        facts.add(reason(d.explanation()));
        Div who = fact("supervision.field.cadres", new Span(d.cadres().stream()
                .map(c -> c.name() + "（" + c.post() + "）").collect(Collectors.joining(getTranslation("common.separator")))));
        who.addClassName("portal-fact-wide");
        facts.add(who);
        if (!d.coUnits().isEmpty()) {
            Div co = fact("supervision.field.coUnits", new Span(d.coUnits().stream().map(ItemDetails.Unit::name)
                    .collect(Collectors.joining(getTranslation("common.separator")))));
            co.addClassName("portal-fact-wide");
            facts.add(co);
        }
        if (d.benchmark() != null) {
            facts.add(fact("supervision.field.benchmark", new Span(d.benchmark().itemNo() + " "
                    + d.benchmark().title() + " · " + d.benchmark().actualProgress() + "%")));
        }
        if (d.monitorName() != null) {
            facts.add(fact("supervision.field.monitorName", new Span(d.monitorName() + "："
                    + (d.monitorActual() == null ? "—" : d.monitorActual()) + " / " + d.monitorTarget())));
        }
        return facts;
    }

    /** Which rule gave the light, with which settings, and the inputs that decided. */
    private Div reason(LightExplanation e) {
        Span text = new Span(getTranslation(e.ruleKey(), e.ruleArgs().toArray()) + " "
                + getTranslation(e.reasonKey(), e.reasonArgs().toArray()));
        text.setId("item-light-reason");
        Div reason = fact("supervision.field.lightReason", text);
        reason.addClassName("portal-fact-wide");
        return reason;
    }

    private Div fact(String key, com.vaadin.flow.component.Component value) {
        return Facts.fact(getTranslation(key), value);
    }

    private Grid<ItemDetails.MilestoneRow> milestones(ItemDetails d) {
        Grid<ItemDetails.MilestoneRow> grid = new Grid<>(ItemDetails.MilestoneRow.class, false);
        grid.setId("item-milestones");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(m -> LightBadge.of(m.light())))
                .setHeader(getTranslation("supervision.field.light")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(ItemDetails.MilestoneRow::name).setHeader(getTranslation("supervision.field.milestoneName"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.dueDate().toString()).setHeader(getTranslation("supervision.field.dueDate"));
        grid.addColumn(m -> m.plannedProgress() + "%").setHeader(getTranslation("supervision.field.planned"));
        grid.addColumn(m -> m.doneOn() == null ? "—" : m.doneOn().toString())
                .setHeader(getTranslation("supervision.field.doneOn"));
        grid.setItems(d.milestones());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component escalations(ItemDetails d) {
        Grid<ItemDetails.EscalationRow> grid = new Grid<>(ItemDetails.EscalationRow.class, false);
        grid.setId("item-escalations");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.raisedOn().toString()).setHeader(getTranslation("supervision.field.raisedOn"))
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(ItemDetails.EscalationRow::cadreName).setHeader(getTranslation("supervision.field.cadre"))
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("supervision.escalation.nth", e.redCount()) + " · "
                + getTranslation("supervision.escalation.cadreNth", e.cadreRedCount()) + " · "
                + getTranslation(e.rung().labelKey())).setHeader(getTranslation("supervision.field.rung"))
                .setWidth("18em").setFlexGrow(0);
        grid.addColumn(e -> e.rung() != Rung.INTERVIEW ? "" : e.done()
                ? getTranslation("supervision.escalation.interviewed", e.interviewDate(), e.interviewer(), e.notes())
                : getTranslation("supervision.escalation.pending")).setHeader(getTranslation("supervision.field.record"));
        if (d.mayManage()) {
            grid.addComponentColumn(e -> {
                if (e.rung() != Rung.INTERVIEW || e.done()) {
                    return new Span();
                }
                Button record = new Button(getTranslation("supervision.action.recordInterview"),
                        ev -> new InterviewDialog(items, d, e, this::show).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.setId("record-interview-" + e.id());
                return record;
            }).setWidth("8em").setFlexGrow(0);
        }
        grid.setItems(d.escalations());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("supervision.escalation.empty"));
        return grid;
    }

    private Component reports(ItemDetails d) {
        Div list = RecordList.of("item-reports", "portal-records", d.reports(),
                new Span(getTranslation("supervision.reports.empty")));
        for (ItemDetails.ReportRow r : d.reports()) {
            Div text = new Div(new Span(r.text()));
            text.addClassName("portal-record-line");
            Div entry = RecordList.entry(r.actualProgress() + "%" + (r.monitorValue() == null ? "" : " · "
                    + r.monitorValue()), r.reporterName() + " · " + r.reportedAt().format(WHEN), text);
            r.attachments().forEach(a -> {
                Anchor link = new Anchor(Downloads.stored(() -> items.attachment(d.id(), a.id())),
                        AttachmentType.DOWNLOAD, a.fileName());
                link.addClassName("portal-record-file");
                entry.add(link);
            });
            list.add(entry);
        }
        return list;
    }

    private Component lightHistory(ItemDetails d) {
        Div list = RecordList.of("item-light-history", "portal-light-history", d.lightHistory(),
                new Span(getTranslation("supervision.lights.none")));
        d.lightHistory().forEach(c -> list.add(new Div(new Span(c.changedOn() + " "),
                c.from() == null ? new Span() : LightBadge.of(c.from()), new Span(" → "), LightBadge.of(c.to()))));
        return list;
    }
}
