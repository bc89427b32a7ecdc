package org.cadreportal.archive;

/**
 * The archive grid's filter. {@code text} is looked for in the three texts of an entry and the cadre's name; {@code unitId}
 * means that unit and its subtree; {@code cadreId} narrows to one cadre. Null fields do not filter.
 */
public record EntryFilter(String text, Long unitId, Long periodId, Long fieldId, Long levelId, Long categoryId,
                          EntryStatus status, Long cadreId) {

    public static EntryFilter all() {
        return new EntryFilter(null, null, null, null, null, null, null, null);
    }

    public static EntryFilter ofCadre(long cadreId) {
        return new EntryFilter(null, null, null, null, null, null, null, cadreId);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public EntryFilter withoutText() {
        return new EntryFilter(null, unitId, periodId, fieldId, levelId, categoryId, status, cadreId);
    }

    public EntryFilter withStatus(EntryStatus s) {
        return new EntryFilter(text, unitId, periodId, fieldId, levelId, categoryId, s, cadreId);
    }
}
