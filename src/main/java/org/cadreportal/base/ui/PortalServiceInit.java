package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cadreportal.base.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets each new session's language (Chinese by default, not the browser's) and installs the global
 * error handler: log the failure in full, show the user a plain sentence. (An eager first-page load, which
 * would give the not-found page its 404 status, is not set: it stopped server push for the meeting pages.)
 */
@Component
class PortalServiceInit implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalServiceInit.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(PortalLocales.fromRequest(init.getRequest()));
            init.getSession().setErrorHandler(error -> handle(error.getThrowable()));
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    static void handle(Throwable error) {
        PortalException known = find(error);
        if (known == null) {
            log.error("Unhandled error in the UI", error);
        } else {
            log.debug("Refused: {}", known.getMessage());
        }
        if (UI.getCurrent() == null) {
            return;
        }
        if (known != null) {
            Notices.error(known);
        } else {
            Notices.error("error.unexpected");
        }
    }

    private static PortalException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PortalException p) {
                return p;
            }
        }
        return null;
    }

}
