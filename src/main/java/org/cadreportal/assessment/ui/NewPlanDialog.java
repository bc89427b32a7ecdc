package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.HashMap;
import java.util.Map;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/**
 * A new, empty plan (考核方案) for a year: its name and its rules, which start at the defaults of DOMAIN.md §8a.
 * Saved, it opens in the plan editor to receive its library and groups.
 */
class NewPlanDialog extends Dialog {

    NewPlanDialog(PlanService plans, int suggestedYear) {
        setHeaderTitle(getTranslation("assessment.plan.new"));
        IntegerField year = new IntegerField(getTranslation("assessment.plan.year"));
        year.setId("new-plan-year");
        year.setValue(suggestedYear);
        TextField name = new TextField(getTranslation("assessment.plan.name"));
        name.setId("new-plan-name");
        name.setValue(getTranslation("assessment.plan.defaultName", String.valueOf(suggestedYear)));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getOldValue() != null && name.getValue().equals(
                    getTranslation("assessment.plan.defaultName", String.valueOf(e.getOldValue())))) {
                name.setValue(getTranslation("assessment.plan.defaultName", String.valueOf(e.getValue())));
            }
        });
        name.setMaxLength(200);
        FormLayout head = new FormLayout(year, name);
        RulesFields rules = new RulesFields();
        rules.read(PlanRules.defaults());
        add(head, new H4(getTranslation("assessment.editor.tab.rules")),
                new Paragraph(getTranslation("assessment.rules.help")), rules);
        Map<String, HasValidation> fields = new HashMap<>(rules.fields());
        fields.put("year", year);
        fields.put("name", name);
        DialogButtons.of(this, "action.save", "new-plan-save", e -> {
            PlanRules typed = rules.value();
            if (year.getValue() == null) {
                year.setErrorMessage(getTranslation("validation.required"));
                year.setInvalid(true);
                return;
            }
            if (typed == null) {
                return;
            }
            FieldErrors.attempt(fields, () -> plans.create(year.getValue(), name.getValue(), typed)).ifPresent(p -> {
                Notices.success("assessment.plan.created", String.valueOf(p.year()));
                close();
                UI.getCurrent().navigate(PlanLibraryView.class, new RouteParameters("planId", String.valueOf(p.id())));
            });
        });
        setWidth("min(760px, 95vw)");
    }
}
