package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.DialogButtons;

/** A new dimension of a draft plan's indicator tree (经济发展, 民生保障, ...): its code and name. */
class DimensionDialog extends Dialog {

    DimensionDialog(PlanService plans, PlanDetails details, Runnable saved) {
        setHeaderTitle(getTranslation("assessment.editor.addDimension"));
        TextField code = new TextField(getTranslation("assessment.field.code"));
        code.setId("dimension-code");
        code.setValue("D" + (details.dimensions().size() + 1));
        TextField name = new TextField(getTranslation("assessment.field.name"));
        name.setId("dimension-name");
        add(new FormLayout(code, name));
        Map<String, TextField> fields = Map.of("code", code, "name", name);
        DialogButtons.of(this, "action.save", "dimension-save", e -> DialogButtons.save(this, fields, () ->
                plans.addDimension(details.plan().id(), code.getValue(), name.getValue()), id -> saved.run()));
        setWidth("min(520px, 95vw)");
    }
}
