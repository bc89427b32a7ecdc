package org.cadreportal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.cadreportal.base.ui.LanguageSwitch;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page: one message for every failed sign-in; a disabled account is named only after its right password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("portal-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("login.error.title", "login.error.badCredentials"));
        Div card = new Div();
        card.addClassName("portal-login-card");
        H1 title = new H1(getTranslation("app.title"));
        Paragraph sub = new Paragraph(getTranslation("login.subtitle"));
        card.add(title, sub, form, new LanguageSwitch());
        add(card);
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorMessageKey));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object last = lastAuthenticationError();
        // Spring raises DisabledException only after the right password (ThrottledAuthenticationProvider);
        // every other failure reads the same, so the page tells nobody which names exist or wait.
        if (last instanceof DisabledException) {
            form.setI18n(i18n("login.error.title", "login.error.disabled"));
        }
        form.setError(true);
    }

    private static Object lastAuthenticationError() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        HttpSession http = ((com.vaadin.flow.server.WrappedHttpSession) session.getSession()).getHttpSession();
        return http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
