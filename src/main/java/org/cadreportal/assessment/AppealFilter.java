package org.cadreportal.assessment;

/** What the appeals list is narrowed to: a status and a unit, each optional. */
public record AppealFilter(AppealStatus status, Long unitId) {

    public static AppealFilter all() {
        return new AppealFilter(null, null);
    }
}
