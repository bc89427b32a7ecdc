package org.cadreportal.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import lombok.RequiredArgsConstructor;
import org.cadreportal.security.AccountService;
import org.cadreportal.security.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set sees nothing but {@link ChangePasswordView} until he has chosen
 * his own (ASVS 2.1): every navigation of every UI is turned there. Asked once per session, then remembered.
 */
@Component
@RequiredArgsConstructor
class PasswordChangeGuard implements VaadinServiceInitListener {

    private static final String REQUIRED = PasswordChangeGuard.class.getName() + ".required";

    private final AccountService account;
    private final CurrentUsers users;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class
                || users.current().isEmpty()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Boolean required = (Boolean) session.getAttribute(REQUIRED);
        if (required == null) {
            required = account.passwordChangeRequired();
            session.setAttribute(REQUIRED, required);
        }
        if (required) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    /** Called once the user has chosen his password in this session. */
    static void changed() {
        if (VaadinService.getCurrent() != null && VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(REQUIRED, false);
        }
    }
}
