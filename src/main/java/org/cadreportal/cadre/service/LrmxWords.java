package org.cadreportal.cadre.service;

import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.Gender;
import org.springframework.context.MessageSource;

/**
 * The few words an LRMX file holds as text rather than data (性别, and 无 for no 奖惩): always the
 * Chinese ones the editor shows, whatever the user's language, taken from the translations.
 */
@RequiredArgsConstructor
final class LrmxWords {

    private static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    String gender(Gender gender) {
        return gender == null ? "" : word(gender.labelKey());
    }

    Optional<Gender> gender(String text) {
        for (Gender g : Gender.values()) {
            if (word(g.labelKey()).equals(text)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** 无: what the form says for no 奖惩. */
    String none() {
        return word("lrmx.none");
    }

    private String word(String key) {
        return messages.getMessage(key, null, FILE_LOCALE);
    }
}
