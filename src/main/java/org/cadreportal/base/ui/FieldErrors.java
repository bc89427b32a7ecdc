package org.cadreportal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;

/** Puts a service's refusal about one field on that field of the form, or in a notice if the form lacks it. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Makes a service call from a form: a refusal about a field is shown on it, any other refusal in a notice.
     * Empty when the call was refused, so the form stays open with the input for another try.
     */
    public static <T> Optional<T> attempt(Map<String, ? extends HasValidation> fields, Supplier<T> call) {
        clear(fields);
        try {
            return Optional.of(call.get());
        } catch (FieldException e) {
            show(e, fields);
        } catch (jakarta.validation.ConstraintViolationException e) {
            if (!show(e, fields)) {
                Notices.error("validation.invalid");
            }
        } catch (PortalException e) {
            Notices.error(e);
        }
        return Optional.empty();
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Bean Validation's refusals of a service call, each on the field its property path ends in; false when
     * the form has none of those fields.
     */
    public static boolean show(jakarta.validation.ConstraintViolationException e,
                               Map<String, ? extends HasValidation> fields) {
        boolean shown = false;
        for (var violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String property = path.substring(path.lastIndexOf('.') + 1);
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
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
