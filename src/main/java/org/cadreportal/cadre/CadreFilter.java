package org.cadreportal.cadre;

/**
 * The registry grid's filter. {@code text} matches name or cadre code; {@code unitId} means that unit
 * and its subtree. Null fields do not filter.
 */
public record CadreFilter(String text, Long unitId, ManagementLevel level, CadreCategory category, CadreRank rank,
                          CadreStatus status) {

    public static CadreFilter active() {
        return new CadreFilter(null, null, null, null, null, CadreStatus.ACTIVE);
    }
}
