package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/** A unit's 申诉 against one line of its result sheet during 公示: the reason (required) and the evidence as text. */
final class AppealDialog extends Dialog {

    AppealDialog(AppealService appeals, long planId, long unitId, SheetLine line) {
        setHeaderTitle(getTranslation("assessment.appeal.fileTitle", line.code() + " " + line.name()));
        TextArea reason = new TextArea(getTranslation("assessment.appeal.reason"));
        reason.setId("appeal-reason");
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        TextArea evidence = new TextArea(getTranslation("assessment.appeal.evidence"));
        evidence.setId("appeal-evidence");
        evidence.setMaxLength(2000);
        evidence.setHelperText(getTranslation("assessment.appeal.evidenceHelp"));
        evidence.setWidthFull();
        add(reason, evidence);
        Map<String, HasValidation> fields = Map.of("reason", reason, "evidence", evidence);
        DialogButtons.of(this, "assessment.appeal.submit", "appeal-submit", e -> FieldErrors.attempt(fields,
                () -> appeals.fileAppeal(planId, unitId, line.indicatorId(), reason.getValue(), evidence.getValue()))
                .ifPresent(a -> {
                    Notices.success("assessment.appeal.filedNotice", line.code());
                    close();
                }));
        setWidth("min(640px, 95vw)");
    }
}
