package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.supervision.InvestmentForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ProjectFactsService;

/** 月度投资报送: the investment completed in one of the last twelve months; a second report corrects the first. */
class InvestmentDialog extends Dialog {

    InvestmentDialog(ProjectFactsService service, ItemRecords r, LocalDate today, Consumer<ItemRecords> saved) {
        setHeaderTitle(getTranslation("supervision.investment.title", r.itemNo()));
        setWidth("min(480px, 95vw)");
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
        Map<String, HasValidation> fields = Map.of("month", month, "amount", amount);
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.attempt(fields, () -> service.reportInvestment(r.itemId(),
                    new InvestmentForm(month.getValue(), amount.getValue()))).ifPresent(after -> {
                        Notices.success("notice.saved");
                        close();
                        saved.accept(after);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("investment-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
