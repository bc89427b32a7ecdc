package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The administrator's edit dialog for one reference item: a form bound to a bean, saved through the
 * service; a refusal (a stale save included) is shown and the input stays for another try.
 */
public final class EditDialog {

    private EditDialog() {
    }

    public static <T> void open(String title, Component form, Binder<T> binder, T bean, Consumer<T> save,
                                Runnable saved) {
        open(title, form, binder, bean, save, saved, Map.of());
    }

    /** As above; a refusal about one field (such as a deadline before the start) is shown on that field. */
    public static <T> void open(String title, Component form, Binder<T> binder, T bean, Consumer<T> save,
                                Runnable saved, Map<String, ? extends HasValidation> fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(form);
        binder.readBean(bean);
        DialogButtons.of(dialog, "action.save", "edit-save", e -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            DialogButtons.save(dialog, fields, () -> {
                save.accept(bean);
                return bean;
            }, b -> saved.run());
        });
        dialog.setWidth("min(640px, 95vw)");
        dialog.open();
    }
}
