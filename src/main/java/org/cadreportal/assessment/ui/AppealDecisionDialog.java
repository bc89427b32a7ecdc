package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.Correction;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/**
 * The 考核办's decision on an appeal: a rejection needs its reason; an acceptance takes the corrected value (this
 * year's value, last year's and the target of a statistic, prefilled with the data now) unless the line is counted
 * by 大督办 or 记功, which the plan then scores again from their current records.
 */
final class AppealDecisionDialog extends Dialog {

    AppealDecisionDialog(AppealService appeals, AppealRow appeal, boolean accept, Runnable decided) {
        setHeaderTitle(getTranslation(accept ? "assessment.appeal.acceptTitle" : "assessment.appeal.rejectTitle",
                appeal.unitName(), appeal.indicatorCode() + " " + appeal.indicatorName()));
        add(new Paragraph(appeal.reason()));
        TextArea reason = new TextArea(getTranslation("assessment.appeal.decisionReason"));
        reason.setId("appeal-decision-reason");
        reason.setMaxLength(1000);
        reason.setRequired(!accept);
        reason.setWidthFull();
        BigDecimalField actual = field("appeal-corrected-actual", appeal.source() == DataSource.STATISTICS
                ? "assessment.appeal.correctedActual" : "assessment.appeal.correctedValue");
        BigDecimalField previous = field("appeal-corrected-previous", "assessment.appeal.correctedPrevious");
        BigDecimalField target = field("appeal-corrected-target", "assessment.appeal.correctedTarget");
        actual.setValue(appeal.currentActual());
        previous.setValue(appeal.currentPrevious());
        target.setValue(appeal.currentTarget());
        FormLayout form = new FormLayout();
        if (accept && appeal.counted()) {
            add(new Paragraph(getTranslation("assessment.appeal.countedHelp")));
        } else if (accept) {
            form.add(actual);
            if (appeal.source() == DataSource.STATISTICS) {
                form.add(previous, target);
            }
        }
        form.add(reason);
        form.setColspan(reason, 2);
        add(form);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("decisionReason", reason);
        fields.put("actual", actual);
        DialogButtons.of(this, accept ? "assessment.appeal.accept" : "assessment.appeal.reject",
                "appeal-decision-confirm", e -> FieldErrors.attempt(fields, () -> appeals.decideAppeal(appeal.id(),
                        appeal.version(), accept, reason.getValue(),
                        new Correction(actual.getValue(), previous.getValue(), target.getValue())))
                        .ifPresent(r -> {
                            Notices.success(accept ? "assessment.appeal.accepted" : "assessment.appeal.rejected");
                            close();
                            decided.run();
                        }));
        setWidth("min(640px, 95vw)");
    }

    private BigDecimalField field(String id, String labelKey) {
        BigDecimalField f = new BigDecimalField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }
}
