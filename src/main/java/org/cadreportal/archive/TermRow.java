package org.cadreportal.archive;

import java.util.Locale;

/** One entry of an archive list, in both languages. */
public record TermRow(long id, int version, TermKind kind, String nameZh, String nameEn, int sortOrder,
                      boolean active) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
