package org.cadreportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.cadreportal.base.RecordNotFoundException;

/**
 * A record that is missing or outside the user's scope: rendered exactly like {@link NotFoundView},
 * so another unit's record opened by URL tells nothing about whether it exists.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class MissingRecordView extends Div implements HasErrorParameter<RecordNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        ErrorPages.fill(this, "error.notFound.title", "error.notFound");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
