package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.supervision.InvestmentForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ProjectFactsService;

/** 月度投资报送: the investment completed in one of the last twelve months; a second report corrects the first. */
class InvestmentDialog extends RecordDialog {

    InvestmentDialog(ProjectFactsService service, ItemRecords r, LocalDate today, Consumer<ItemRecords> saved) {
        super("min(480px, 95vw)", "supervision.investment.title", r.itemNo());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("supervision.field.month"));
        month.setId("investment-month");
        month.setItems(months);
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(months.get(0));
        BigDecimalField amount = new BigDecimalField(getTranslation("supervision.field.monthAmount"));
        amount.setId("investment-amount");
        amount.setSuffixComponent(new Span(getTranslation("supervision.unit.wan")));
        add(new FormLayout(month, amount));
        saveWith("action.save", "investment-save", Map.of("month", month, "amount", amount),
                () -> service.reportInvestment(r.itemId(), new InvestmentForm(month.getValue(), amount.getValue())),
                saved);
    }
}
