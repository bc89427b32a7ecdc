package org.cadreportal.base;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Translates {@link StoredText}s for the reader: services that return stored texts to a view or an
 * export (notices, timelines, drill-downs) show them in the language of the signed-in user's UI, and
 * in Chinese, the portal's default, where there is none (jobs, the SMS and e-mail channels).
 */
@Component
@RequiredArgsConstructor
public class StoredTexts {

    private final MessageSource messages;

    public String show(String stored) {
        return show(stored, readerLocale());
    }

    public String show(String stored, Locale locale) {
        return StoredText.show(stored, messages, locale);
    }

    private static Locale readerLocale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }
}
