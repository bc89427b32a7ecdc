package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.function.Function;

/** A form's drop-down of fixed values (an enum's constants), each shown by its translation. */
public final class Choices {

    private Choices() {
    }

    /** {@code id} may be null; {@code key} gives a value's translation key. */
    @SafeVarargs
    public static <T> Select<T> select(String labelKey, String id, Function<T, String> key, T... values) {
        UI ui = UI.getCurrent();
        Select<T> select = new Select<>();
        select.setLabel(ui.getTranslation(labelKey));
        if (id != null) {
            select.setId(id);
        }
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : ui.getTranslation(key.apply(v)));
        return select;
    }
}
