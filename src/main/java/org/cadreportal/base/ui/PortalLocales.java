package org.cadreportal.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** The portal speaks Chinese unless the user chose English. */
public final class PortalLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final String COOKIE = "portal-lang";

    private PortalLocales() {
    }

    public static boolean isChinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /** The locale a request asks for by the language cookie; Chinese when there is none. */
    public static Locale fromRequest(VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return "en".equals(Locale.forLanguageTag(cookie.getValue()).getLanguage())
                            ? Locale.ENGLISH : CHINESE;
                }
            }
        }
        return CHINESE;
    }
}
