package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Paragraph;
import org.cadreportal.base.ui.ErrorText;

/**
 * A refusal about a part of a form that is not one input (the list of allegations, the clarifications
 * still missing), shown as a red line under that part.
 */
class ErrorLine extends Paragraph implements ErrorText {

    ErrorLine(String id) {
        setId(id);
        addClassNames("portal-text-danger", "portal-error-line");
        setVisible(false);
    }

    @Override
    public HasText errorText() {
        return this;
    }
}
