package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.spi.ConfigurationState;
import java.util.Locale;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bean Validation speaks the language of the UI that made the call. A service refusing a form's field (必填项) is
 * read on that form, so the message must follow the portal's language (Chinese unless the user chose English), not
 * the browser's Accept-Language that Spring puts in its request locale, nor the server's default locale, which
 * is all a call over the push channel would otherwise get.
 */
@Component
class UiLanguageValidation implements ValidationConfigurationCustomizer {

    @Override
    public void customize(Configuration<?> configuration) {
        // Wraps what Spring set up (the portal's translations, then ValidationMessages), changing only the locale.
        MessageInterpolator current = configuration instanceof ConfigurationState state
                ? state.getMessageInterpolator() : configuration.getDefaultMessageInterpolator();
        configuration.messageInterpolator(new InUiLanguage(current));
    }

    private record InUiLanguage(MessageInterpolator target) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, LocaleContextHolder.getLocale());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            UI ui = UI.getCurrent();
            return target.interpolate(template, context, ui != null ? ui.getLocale() : locale);
        }
    }
}
