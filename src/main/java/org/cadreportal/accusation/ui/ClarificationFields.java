package org.cadreportal.accusation.ui;

import org.cadreportal.base.ui.AriaFixes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.cadreportal.accusation.ClarificationMethod;

/**
 * How a cadre was cleared: the date, the methods (an oral or meeting clarification needs a written one
 * too), the units informed and the notice text. Used for each cadre on the case page and once in the
 * quick log; {@code idPrefix} keeps the inputs of several such forms apart.
 */
class ClarificationFields extends FormLayout {

    private final DatePicker clarifiedOn = new DatePicker();
    private final CheckboxGroup<ClarificationMethod> methods = new CheckboxGroup<>();
    private final TextField scopeUnits = new TextField();
    private final TextArea noticeText = new TextArea();

    ClarificationFields(String idPrefix) {
        addClassName("portal-clarification-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        clarifiedOn.setLabel(getTranslation("accusation.field.clarifiedOn"));
        clarifiedOn.setId(idPrefix + "clarifiedOn");
        clarifiedOn.setRequiredIndicatorVisible(true);
        methods.setLabel(getTranslation("accusation.field.methods"));
        methods.setId(idPrefix + "methods");
        methods.setItems(ClarificationMethod.values());
        methods.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        methods.setHelperText(getTranslation("accusation.method.hint"));
        AriaFixes.requiredMark(methods).setRequiredIndicatorVisible(true);
        scopeUnits.setLabel(getTranslation("accusation.field.scopeUnits"));
        scopeUnits.setId(idPrefix + "scopeUnits");
        scopeUnits.setMaxLength(500);
        scopeUnits.setRequired(true);
        scopeUnits.setPlaceholder(getTranslation("accusation.scopeUnits.hint"));
        noticeText.setLabel(getTranslation("accusation.field.noticeText"));
        noticeText.setId(idPrefix + "noticeText");
        noticeText.setMaxLength(4000);
        noticeText.setRequired(true);
        noticeText.setMinHeight("6em");
        add(clarifiedOn, scopeUnits);
        add(methods, 2);
        add(noticeText, 2);
    }

    void putFields(Map<String, HasValidation> fields) {
        fields.put("clarifiedOn", clarifiedOn);
        fields.put("methods", methods);
        fields.put("scopeUnits", scopeUnits);
        fields.put("noticeText", noticeText);
    }

    java.time.LocalDate clarifiedOn() {
        return clarifiedOn.getValue();
    }

    Set<ClarificationMethod> methods() {
        return methods.getValue();
    }

    String scopeUnits() {
        return scopeUnits.getValue();
    }

    String noticeText() {
        return noticeText.getValue();
    }
}
