package org.cadreportal.supervision;

/** The items grid's filters; null means any. {@code overdueOnly}: online items past their end date. */
public record ItemFilter(String text, Long sectionId, Long aspectId, ControlMethod method, Long unitId, Light light,
                         ItemStatus status, boolean overdueOnly) {

    public static ItemFilter all() {
        return new ItemFilter(null, null, null, null, null, null, null, false);
    }
}
