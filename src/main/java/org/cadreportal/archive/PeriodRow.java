package org.cadreportal.archive;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.cadreportal.cadre.CadreCategory;

/**
 * A filing period. It takes entries until its deadline; an entry first submitted after it is marked late.
 */
public record PeriodRow(long id, int version, String nameZh, String nameEn, LocalDate startsOn, LocalDate endsOn,
                        LocalDate deadline, Set<CadreCategory> categories) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** Open means before or on the deadline day; after it the period is closed and filings are late. */
    public boolean openOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
