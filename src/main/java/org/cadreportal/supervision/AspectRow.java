package org.cadreportal.supervision;

import java.util.Locale;

/** An aspect (方面) within its section (板块). */
public record AspectRow(long id, int version, long sectionId, int sectionVersion, String sectionZh, String sectionEn,
                        String nameZh, String nameEn, int sortOrder, boolean active, int sectionOrder,
                        boolean sectionActive) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String section(Locale locale) {
        return "en".equals(locale.getLanguage()) ? sectionEn : sectionZh;
    }
}
