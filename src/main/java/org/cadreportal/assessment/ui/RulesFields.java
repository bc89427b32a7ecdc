package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cadreportal.assessment.PlanRules;

/**
 * A plan's rules as a form: one number field per component of {@link PlanRules}, labelled by the translation key
 * {@code assessment.rules.<component>}, in the record's order. The fields are read from the record's components,
 * so a rule added to PlanRules (a BigDecimal, like the others) appears here with only its label key added; a
 * field's id is {@code rules-<component>} and the service's refusals land on it by the component's name.
 */
class RulesFields extends FormLayout {

    private static final RecordComponent[] COMPONENTS = PlanRules.class.getRecordComponents();

    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();

    RulesFields() {
        for (RecordComponent c : COMPONENTS) {
            if (c.getType() != BigDecimal.class) {
                throw new IllegalStateException("PlanRules." + c.getName() + " is not a number the form can edit");
            }
            BigDecimalField f = new BigDecimalField(getTranslation("assessment.rules." + c.getName()));
            f.setId("rules-" + c.getName());
            fields.put(c.getName(), f);
            add(f);
        }
    }

    /** The fields by component name, for the service's field-level refusals. */
    Map<String, BigDecimalField> fields() {
        return fields;
    }

    void read(PlanRules rules) {
        for (RecordComponent c : COMPONENTS) {
            fields.get(c.getName()).setValue((BigDecimal) invoke(() -> c.getAccessor().invoke(rules)));
        }
    }

    /** The rules as typed; null, with the empty fields marked, while one is empty. */
    PlanRules value() {
        boolean complete = true;
        for (BigDecimalField f : fields.values()) {
            f.setInvalid(false);
            if (f.getValue() == null) {
                f.setErrorMessage(getTranslation("validation.required"));
                f.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        Object[] values = Arrays.stream(COMPONENTS).map(c -> fields.get(c.getName()).getValue()).toArray();
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return (PlanRules) invoke(() -> PlanRules.class.getDeclaredConstructor(types).newInstance(values));
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invoke(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
