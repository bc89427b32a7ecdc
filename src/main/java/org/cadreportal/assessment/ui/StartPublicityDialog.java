package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.Map;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.Publicity;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/**
 * 开始公示: the first day (today by default) and the number of working days (5 by default); the last day, counted on
 * the holiday calendar with both ends included, is shown as the fields change.
 */
final class StartPublicityDialog extends Dialog {

    private final AppealService appeals;
    private final DatePicker start = new DatePicker();
    private final IntegerField days = new IntegerField();
    private final Paragraph end = new Paragraph();

    StartPublicityDialog(AppealService appeals, Publicity plan, LocalDate today, Runnable started) {
        this.appeals = appeals;
        UI ui = UI.getCurrent();
        setHeaderTitle(ui.getTranslation("assessment.publicity.start"));
        start.setLabel(ui.getTranslation("assessment.publicity.startDate"));
        start.setId("publicity-start");
        start.setValue(today);
        start.setRequired(true);
        days.setLabel(ui.getTranslation("assessment.publicity.days"));
        days.setId("publicity-days");
        days.setMin(1);
        days.setMax(30);
        days.setStepButtonsVisible(true);
        days.setValue(5);
        end.setId("publicity-end");
        start.addValueChangeListener(e -> showEnd());
        days.addValueChangeListener(e -> showEnd());
        Map<String, HasValidation> fields = Map.of("start", start, "workingDays", days);
        DialogButtons.of(this, "assessment.publicity.start", "publicity-confirm", e -> FieldErrors.attempt(fields,
                () -> appeals.startPublicity(plan.planId(), plan.version(), start.getValue(), value()))
                .ifPresent(p -> {
                    Notices.success("assessment.publicity.started", p.start(), p.end());
                    close();
                    started.run();
                }));
        add(new FormLayout(start, days), end);
        showEnd();
    }

    private int value() {
        return days.getValue() == null ? 0 : days.getValue();
    }

    private void showEnd() {
        if (start.getValue() == null) {
            end.setText("");
            return;
        }
        try {
            end.setText(getTranslation("assessment.publicity.endDate", appeals.publicityEnd(start.getValue(), value())));
            days.setInvalid(false);
        } catch (FieldException e) {
            end.setText("");
            days.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            days.setInvalid(true);
        }
    }
}
