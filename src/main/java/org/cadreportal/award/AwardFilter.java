package org.cadreportal.award;

import java.time.LocalDate;

/**
 * The list's filters; null means any, but {@code kind} is always set (the list shows awards or
 * criticisms). {@code keyword} matches the cadre's name, the reason, the issuing body or the document
 * number; {@code from}..{@code to} (both included) bound the day decided.
 */
public record AwardFilter(AwardKind kind, String keyword, Long unitId, AwardType type, LocalDate from, LocalDate to) {

    public static AwardFilter of(AwardKind kind) {
        return new AwardFilter(kind, null, null, null, null, null);
    }
}
