package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.Map;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.StatisticRow;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/**
 * The 考核办 corrects one statistic: this year's value, last year's value and the target. A refusal about a field
 * (a target the method needs, say) is shown on it; a saved change scores the plan again and joins the row's history.
 */
class StatisticEditDialog extends Dialog {

    StatisticEditDialog(AssessmentService assessment, long planId, StatisticRow row, Runnable saved) {
        setHeaderTitle(getTranslation("assessment.data.editTitle", row.unitName(), row.indicatorCode(),
                row.indicatorName()));
        setWidth("min(560px, 95vw)");
        BigDecimalField actual = field("assessment.col.actual", "assessment-data-actual", row.actual());
        BigDecimalField previous = field("assessment.col.previous", "assessment-data-previous", row.previous());
        BigDecimalField target = field("assessment.col.target", "assessment-data-target", row.target());
        FormLayout form = new FormLayout(actual, previous, target);
        add(new Paragraph(getTranslation("assessment.data.editHelp", getTranslation(row.method().labelKey()),
                row.measure() == null ? "" : row.measure())), form);
        Map<String, BigDecimalField> fields = Map.of("actual", actual, "previous", previous, "target", target);
        DialogButtons.of(this, "action.save", "assessment-data-save", e -> FieldErrors.attempt(fields, () -> {
            assessment.setStatistic(planId, row.indicatorId(), row.unitId(), actual.getValue(), previous.getValue(),
                    target.getValue());
            return Boolean.TRUE;
        }).ifPresent(ok -> {
            Notices.success("assessment.data.saved");
            close();
            saved.run();
        }));
    }

    private BigDecimalField field(String labelKey, String id, BigDecimal value) {
        BigDecimalField f = new BigDecimalField(getTranslation(labelKey));
        f.setId(id);
        f.setValue(value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString()));
        return f;
    }
}
