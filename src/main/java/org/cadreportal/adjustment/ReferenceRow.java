package org.cadreportal.adjustment;

import java.util.Locale;

/**
 * A situation (情形) or adjustment method (调整方式): editable reference data. {@code barsPromotion} (situations
 * only): a cadre moved down for it may not be moved up inside the impact period, not even with a reason.
 */
public record ReferenceRow(long id, int version, String nameZh, String nameEn, int sortOrder, boolean active,
                           int impactMonths, boolean barsPromotion) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
