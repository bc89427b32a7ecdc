package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.supervision.FactsFilter;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.ProjectFactsService;

/**
 * The items grid's project-fact filters (包保市领导, 开工, 入库) and the filtered items' investment sums. The filters
 * stand in the list's one filter bar, so that 重置筛选 clears them with the others.
 */
class FactsFilters {

    private final ComboBox<Leader> leader = new ComboBox<>();
    private final Select<Boolean> started = new Select<>();
    private final Select<Boolean> registered = new Select<>();
    private final Span sums = new Span();

    FactsFilters(ProjectFactsService facts) {
        UI ui = UI.getCurrent();
        leader.setLabel(ui.getTranslation("supervision.field.leader"));
        leader.setId("item-leader-filter");
        leader.setItems(facts.leaders());
        leader.setItemLabelGenerator(Leader::name);
        leader.setClearButtonVisible(true);
        leader.setWidth("9em");
        FilterSelects.configure(started, List.of(true, false), b -> ui.getTranslation(b ? "supervision.filter.started"
                : "supervision.filter.notStarted"), "supervision.field.startedOn", "7em");
        started.setId("item-started-filter");
        FilterSelects.configure(registered, List.of(true, false), b -> ui.getTranslation(b
                ? "supervision.filter.registered" : "supervision.filter.notRegistered"),
                "supervision.field.registeredOn", "7em");
        registered.setId("item-registered-filter");
        sums.setId("item-investment-sums");
        sums.addClassName("portal-list-sums");
    }

    ComboBox<Leader> leader() {
        return leader;
    }

    Select<Boolean> started() {
        return started;
    }

    Select<Boolean> registered() {
        return registered;
    }

    FactsFilter filter() {
        return new FactsFilter(leader.getValue() == null ? null : leader.getValue().username(), started.getValue(),
                registered.getValue());
    }

    /** The sums line, to show under the grid's total. */
    Span sums() {
        return sums;
    }

    void show(InvestmentSums s) {
        sums.setText(sums.getTranslation("supervision.list.sums", s.total().toPlainString(), s.annual().toPlainString(),
                s.completed().toPlainString()));
    }
}
