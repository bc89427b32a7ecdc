package org.cadreportal.base;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A constant shown under the translation key {@code <labelPrefix><NAME>}, whose Chinese word, the one minutes,
 * official forms and records keep whatever the reader's language, is that key's Chinese translation. An enum
 * implementing it keeps only its constants and its key prefix.
 */
public interface Labelled {

    String name();

    /** The prefix of the constants' translation keys, e.g. {@code tolerance.outcome.}. */
    String labelPrefix();

    default String labelKey() {
        return labelPrefix() + name();
    }

    /** The Chinese word, e.g. 免责, taken from the Chinese translations. */
    default String chinese() {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.SIMPLIFIED_CHINESE).getString(labelKey());
    }
}
