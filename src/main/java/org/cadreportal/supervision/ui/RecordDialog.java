package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cadreportal.base.ui.DialogButtons;

/**
 * A dialog that records one thing on an item through its service (a progress report, an interview, a month's
 * investment, a field record): a refusal about a field lands on that field, any other in a notice, and the input
 * stays for another try; once saved the dialog closes and hands the result on.
 */
abstract class RecordDialog extends Dialog {

    RecordDialog(String width, String titleKey, Object... titleArgs) {
        setHeaderTitle(getTranslation(titleKey, titleArgs));
        setWidth(width);
    }

    /** Puts Cancel and the primary button {@code id} in the footer; the button makes {@code call}. */
    protected <T> void saveWith(String labelKey, String id, Map<String, ? extends HasValidation> fields,
                                Supplier<T> call, Consumer<T> saved) {
        DialogButtons.of(this, labelKey, id, e -> DialogButtons.save(this, fields, call, saved));
    }
}
