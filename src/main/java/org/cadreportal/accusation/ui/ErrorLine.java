package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A refusal about a part of a form that is not one input (the list of allegations, the clarifications
 * still missing), shown as a red line under that part.
 */
class ErrorLine extends Paragraph implements HasValidation {

    ErrorLine(String id) {
        setId(id);
        addClassNames("portal-text-danger", "portal-error-line");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String message) {
        setText(message);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
