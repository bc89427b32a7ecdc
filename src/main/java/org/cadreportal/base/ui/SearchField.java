package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A list's free-text filter: labelled, with a hint, clearable, searching as the user pauses typing. */
public final class SearchField {

    private SearchField() {
    }

    /** {@code id} may be null for a field the tests do not look up. */
    public static TextField configure(TextField field, String labelKey, String hintKey, String id) {
        UI ui = UI.getCurrent();
        field.setLabel(ui.getTranslation(labelKey));
        field.setPlaceholder(ui.getTranslation(hintKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        if (id != null) {
            field.setId(id);
        }
        return field;
    }
}
