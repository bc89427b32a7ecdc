package org.cadreportal.tolerance;

import java.util.Locale;

/** A category of tolerable errors (容错情形类别): reference data an administrator edits. */
public record CategoryRow(long id, int version, String nameZh, String nameEn, int sortOrder, boolean active) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
