package org.cadreportal.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The buttons at the foot of a dialog: 取消, which closes it, then the primary one that does what the dialog is for. */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Adds both buttons and returns the primary one; {@code id} may be null. */
    public static Button of(Dialog dialog, String textKey, String id, ComponentEventListener<ClickEvent<Button>> click) {
        Button ok = new Button(dialog.getTranslation(textKey), click);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (id != null) {
            ok.setId(id);
        }
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), ok);
        return ok;
    }

    /**
     * Makes the dialog's service call: a refusal about a field is shown on that field and the dialog stays;
     * once the call succeeds, 已保存 is said, the dialog closes and {@code then} is handed what the call returned.
     */
    public static <T> void save(Dialog dialog, Map<String, ? extends HasValidation> fields, Supplier<T> call,
                                Consumer<T> then) {
        FieldErrors.attempt(fields, call).ifPresent(result -> {
            Notices.success("notice.saved");
            dialog.close();
            then.accept(result);
        });
    }
}
