package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cadreportal.base.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets each new session's language (Chinese by default, not the browser's) and installs the global
 * error handler: log the failure in full, show the user a plain sentence.
 * <p>
 * The first page is built on the server in the first request (eager first-page load), so the status an
 * error view returns is the HTTP response's: the not-found page answers 404, for a missing record and
 * another unit's alike. Vaadin applies the app shell's {@code @Push} to a new UI only after that first
 * navigation, so the first view would attach with push still off and never follow live changes (the meeting's
 * votes): each new UI takes the app shell's push settings at once, before it navigates. That first page's state
 * is written into the page as a script, escaped by {@link InitialStateEscape}.
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
        event.getSource().setBootstrapInitialPredicate(request -> true);
        event.addIndexHtmlRequestListener(new InitialStateEscape());
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(ui.getSession().getLocale());
            AppShellRegistry.getInstance(init.getSource().getContext())
                    .modifyPushConfiguration(ui.getPushConfiguration());
        });
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
