package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;

/** Confirms the irreversible step of taking a cadre out of the active registry. */
class RetireDialog extends Dialog {

    RetireDialog(CadreService cadres, CadreDetails details, LocalDate today, Runnable onDone) {
        setHeaderTitle(getTranslation("cadre.retire.title", details.form().getName()));
        DatePicker on = new DatePicker(getTranslation("cadre.retire.on"), today);
        on.setId("retire-on");
        TextArea reason = new TextArea(getTranslation("cadre.retire.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("retire-reason");
        add(new Paragraph(getTranslation("cadre.retire.warning")), on, reason);
        Map<String, HasValidation> fields = Map.of("retiredOn", on, "retireReason", reason);
        DialogButtons.of(this, "cadre.action.retire", "confirm-retire", e -> FieldErrors.attempt(fields, () -> {
            cadres.retire(details.id(), details.version(), on.getValue(), reason.getValue());
            return details.id();
        }).ifPresent(retired -> {
            Notices.success("notice.retired");
            close();
            onDone.run();
        })).addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
}
