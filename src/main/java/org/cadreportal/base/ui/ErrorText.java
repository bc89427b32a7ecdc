package org.cadreportal.base.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;

/**
 * A part of a form that is not one input (a list of rows, an upload, a set of ticks) and shows a refusal about
 * it as a line of text of its own, visible only while the part is invalid.
 */
public interface ErrorText extends HasValidation {

    /** The line the refusal is written in. */
    HasText errorText();

    @Override
    default void setErrorMessage(String message) {
        errorText().setText(message);
    }

    @Override
    default String getErrorMessage() {
        return errorText().getText();
    }

    @Override
    default void setInvalid(boolean invalid) {
        errorText().getElement().setVisible(invalid);
    }

    @Override
    default boolean isInvalid() {
        return errorText().getElement().isVisible();
    }
}
