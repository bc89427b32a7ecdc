package org.cadreportal.base;

import java.util.Locale;

/** A name kept in both languages (a list entry, a period), shown in the reader's. */
public record Label(String zh, String en) {

    public static final Label NONE = new Label("", "");

    public String in(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }
}
