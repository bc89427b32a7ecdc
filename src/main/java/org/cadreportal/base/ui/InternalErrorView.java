package org.cadreportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any failure while opening a view: logged in full, shown as one plain sentence. */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Failed to open {}", event.getLocation().getPath(), parameter.getCaughtException());
        ErrorPages.fill(this, "error.unexpected.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
