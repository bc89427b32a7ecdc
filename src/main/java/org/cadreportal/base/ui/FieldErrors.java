package org.cadreportal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.cadreportal.base.FieldException;

/** Puts a service's refusal about one field on that field of the form, or in a notice if the form lacks it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Bean Validation's refusals of a service call, each on the field its property path ends in. */
    public static void show(jakarta.validation.ConstraintViolationException e,
                            Map<String, ? extends HasValidation> fields) {
        for (var violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String property = path.substring(path.lastIndexOf('.') + 1);
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
        }
    }

    public static void show(FieldException e, Map<String, ? extends HasValidation> fields) {
        HasValidation field = fields.get(e.field());
        if (field == null) {
            Notices.error(e);
            return;
        }
        field.setErrorMessage(UI.getCurrent().getTranslation(e.messageKey(), e.args()));
        field.setInvalid(true);
    }
}
