package org.cadreportal.tolerance;

import java.util.Locale;

/** An item of the 免责减责清单, under a category or none ({@code categoryId} null). */
public record ExemptionRow(long id, int version, String nameZh, String nameEn, int sortOrder, boolean active,
                           Long categoryId) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
