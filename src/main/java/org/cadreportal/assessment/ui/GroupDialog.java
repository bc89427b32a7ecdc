package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.security.UnitCatalog;

/** A new or changed assessment group (考核类别) of a draft plan: code, name, total points and its units. */
class GroupDialog extends Dialog {

    GroupDialog(PlanService plans, UnitCatalog units, PlanDetails details, GroupRow existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "assessment.group.add" : "assessment.group.edit"));
        TextField code = new TextField(getTranslation("assessment.field.code"));
        code.setId("group-code");
        TextField name = new TextField(getTranslation("assessment.field.name"));
        name.setId("group-name");
        BigDecimalField total = new BigDecimalField(getTranslation("assessment.group.total"));
        total.setId("group-total");
        total.setHelperText(getTranslation("assessment.group.total.help"));
        Map<Long, String> otherGroupOf = new HashMap<>();
        details.groups().stream().filter(g -> existing == null || g.id() != existing.id())
                .forEach(g -> g.unitIds().forEach(u -> otherGroupOf.put(u, g.name())));
        UnitChooser chooser = new UnitChooser(units.allUnits(), otherGroupOf,
                existing == null ? List.of() : existing.unitIds());
        if (existing == null) {
            code.setValue("G" + (details.groups().size() + 1));
            total.setValue(new BigDecimal("100"));
        } else {
            code.setValue(existing.code());
            name.setValue(existing.name());
            total.setValue(existing.total());
        }
        FormLayout form = new FormLayout(code, name, total);
        add(form, chooser);
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "total", total, "units", chooser);
        DialogButtons.of(this, "action.save", "group-save", e -> DialogButtons.save(this, fields, () -> {
            if (existing == null) {
                return plans.addGroup(details.plan().id(), code.getValue(), name.getValue(), total.getValue(),
                        chooser.unitIds());
            }
            plans.updateGroup(existing.id(), existing.version(), code.getValue(), name.getValue(), total.getValue(),
                    chooser.unitIds());
            return existing.id();
        }, id -> saved.run()));
        setWidth("min(760px, 95vw)");
    }
}
