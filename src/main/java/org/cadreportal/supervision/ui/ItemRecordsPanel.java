package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.RecordList;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.ProjectFactsService;

/**
 * An item's project facts (包保市领导, investment with its monthly reports, 开工, 入库) and its field records
 * (暗访督导 problems, 专题会调度 decisions), with the actions the viewer may take on them.
 */
class ItemRecordsPanel extends Div {

    private final ProjectFactsService facts;
    private final ItemDetails item;
    private final Runnable changed;

    ItemRecordsPanel(ProjectFactsService facts, ItemDetails item, Runnable changed) {
        this.facts = facts;
        this.item = item;
        this.changed = changed;
        setId("item-records");
        show(facts.records(item.id()));
    }

    private void show(ItemRecords r) {
        removeAll();
        add(new H3(getTranslation("supervision.facts.title")), factsOf(r), actions(r));
        add(new H3(getTranslation("supervision.inspections.title")), inspections(r));
        add(new H3(getTranslation("supervision.decisions.title")), decisions(r));
    }

    private Div factsOf(ItemRecords r) {
        ItemRecords.Facts f = r.facts();
        Div box = Facts.box("item-project-facts");
        Span leader = new Span(f.leaderName() == null ? "—" : f.leaderName());
        leader.setId("item-leader");
        box.add(Facts.fact(getTranslation("supervision.field.leader"), leader));
        box.add(Facts.fact(getTranslation("supervision.field.totalInvestment"), money(f.totalInvestment())));
        box.add(Facts.fact(getTranslation("supervision.field.annualInvestment"), money(f.annualInvestment())));
        Span done = money(f.completedInvestment());
        done.setId("item-completed-investment");
        box.add(Facts.fact(getTranslation("supervision.field.completedInvestment"), done));
        box.add(Facts.fact(getTranslation("supervision.field.startedOn"), day(f.startedOn())));
        box.add(Facts.fact(getTranslation("supervision.field.registeredOn"), day(f.registeredOn())));
        if (!r.investments().isEmpty()) {
            Div months = new Div();
            months.setId("item-investments");
            r.investments().forEach(m -> months.add(new Div(new Span(getTranslation("supervision.investments.line",
                    m.month().toString(), m.amount().toPlainString(), m.reporterName())))));
            box.add(Facts.wide(getTranslation("supervision.field.monthlyInvestment"), months));
        }
        return box;
    }

    private HorizontalLayout actions(ItemRecords r) {
        HorizontalLayout bar = new HorizontalLayout();
        if (r.mayManage()) {
            Button edit = new Button(getTranslation("supervision.action.editFacts"), new Icon(VaadinIcon.EDIT),
                    e -> new FactsDialog(facts, r, this::saved).open());
            edit.setId("item-edit-facts");
            bar.add(edit);
        }
        if (r.mayReport()) {
            Button invest = new Button(getTranslation("supervision.action.reportInvestment"),
                    new Icon(VaadinIcon.MONEY), e -> new InvestmentDialog(facts, r, item.today(), this::saved).open());
            invest.setId("item-report-investment");
            bar.add(invest);
        }
        if (r.mayManage() && item.status() == ItemStatus.ONLINE) {
            Button inspect = new Button(getTranslation("supervision.action.recordInspection"),
                    new Icon(VaadinIcon.EYE), e -> new InspectionDialog(facts, item, changed).open());
            inspect.setId("item-record-inspection");
            Button meet = new Button(getTranslation("supervision.action.recordMeeting"), new Icon(VaadinIcon.GROUP),
                    e -> new SchedulingDialog(facts, item, changed).open());
            meet.setId("item-record-meeting");
            bar.add(inspect, meet);
        }
        bar.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return bar;
    }

    private void saved(ItemRecords r) {
        changed.run();
    }

    private Div inspections(ItemRecords r) {
        Div list = RecordList.of("item-inspections", "portal-records", r.inspections(),
                new Span(getTranslation("supervision.inspections.empty")));
        for (ItemRecords.Inspection i : r.inspections()) {
            Div entry = RecordList.entry(i.inspectedOn() + " · " + i.team(), i.recordedBy());
            if (i.summary() != null) {
                entry.add(line(i.summary()));
            }
            i.problems().forEach(p -> {
                Div problem = line(getTranslation("supervision.inspections.problem", p.description(), p.deadline(),
                        p.expectedProgress()) + (p.doneOn() == null ? "" : " · "
                        + getTranslation("supervision.inspections.rectified", p.doneOn())));
                problem.addComponentAsFirst(LightBadge.of(p.light()));
                entry.add(problem);
            });
            if (i.problems().isEmpty()) {
                entry.add(line(getTranslation("supervision.inspections.noProblem")));
            }
            list.add(entry);
        }
        return list;
    }

    private Div decisions(ItemRecords r) {
        Div list = RecordList.of("item-decisions", "portal-records", r.decisions(),
                new Span(getTranslation("supervision.decisions.empty")));
        for (ItemRecords.Decision d : r.decisions()) {
            Div entry = RecordList.entry(d.heldOn() + " · " + d.topic(), d.chair());
            entry.add(line(d.newItem() ? getTranslation("supervision.decisions.opened", d.text(), d.deadline())
                    : getTranslation("supervision.decisions.milestone", d.text(), d.deadline(), d.expectedProgress())));
            list.add(entry);
        }
        return list;
    }

    private static Div line(String text) {
        Div d = new Div(new Span(text));
        d.addClassName("portal-record-line");
        return d;
    }

    private Span money(BigDecimal value) {
        return new Span(value == null ? "—" : value.toPlainString() + getTranslation("supervision.unit.wan"));
    }

    private static Span day(LocalDate value) {
        return new Span(value == null ? "—" : value.toString());
    }
}
