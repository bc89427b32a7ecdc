package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** 中文/English toggle: remembers the choice in a cookie and reloads so every label follows. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        Locale current = UI.getCurrent().getLocale();
        boolean chinese = PortalLocales.isChinese(current);
        setText(chinese ? "English" : "中文");
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> switchTo(chinese ? Locale.ENGLISH : PortalLocales.CHINESE));
    }

    private void switchTo(Locale locale) {
        Cookie cookie = new Cookie(PortalLocales.COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        VaadinService.getCurrentResponse().addCookie(cookie);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
