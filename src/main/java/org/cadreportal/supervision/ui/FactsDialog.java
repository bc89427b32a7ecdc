package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.supervision.FactsForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.ProjectFactsService;

/** 项目信息: the 包保市领导, 总投资 and 年度计划投资 in 万元, the 开工 and 入库 days. */
class FactsDialog extends RecordDialog {

    FactsDialog(ProjectFactsService service, ItemRecords r, Consumer<ItemRecords> saved) {
        super("min(640px, 95vw)", "supervision.facts.edit", r.itemNo());
        List<Leader> leaders = service.leaders();
        ComboBox<Leader> leader = new ComboBox<>(getTranslation("supervision.field.leader"));
        leader.setId("facts-leader");
        leader.setItems(leaders);
        leader.setItemLabelGenerator(Leader::name);
        leader.setClearButtonVisible(true);
        leaders.stream().filter(l -> l.username().equals(r.facts().leaderUsername())).findFirst()
                .ifPresent(leader::setValue);
        BigDecimalField total = money("supervision.field.totalInvestment", "facts-total");
        total.setValue(r.facts().totalInvestment());
        BigDecimalField annual = money("supervision.field.annualInvestment", "facts-annual");
        annual.setValue(r.facts().annualInvestment());
        DatePicker started = new DatePicker(getTranslation("supervision.field.startedOn"));
        started.setId("facts-started");
        started.setValue(r.facts().startedOn());
        DatePicker registered = new DatePicker(getTranslation("supervision.field.registeredOn"));
        registered.setId("facts-registered");
        registered.setValue(r.facts().registeredOn());
        add(new FormLayout(leader, total, annual, started, registered));
        saveWith("action.save", "facts-save", Map.of("leaderUsername", leader, "totalInvestment", total,
                "annualInvestment", annual, "startedOn", started, "registeredOn", registered),
                () -> service.saveFacts(r.itemId(), new FactsForm(r.version(), leader.getValue() == null ? null
                        : leader.getValue().username(), total.getValue(), annual.getValue(), started.getValue(),
                        registered.getValue())), saved);
    }

    private BigDecimalField money(String key, String id) {
        BigDecimalField f = new BigDecimalField(getTranslation(key));
        f.setId(id);
        f.setSuffixComponent(new Span(getTranslation("supervision.unit.wan")));
        return f;
    }
}
