package org.cadreportal.tolerance;

import java.time.LocalDate;

/**
 * The figures of 容错纠错 and 回访教育 for a period {@code [from, to]} and a unit subtree (see docs/metrics.md
 * for each definition): findings decided in the period by outcome, applications received, visits made,
 * and visits planned in the period that are overdue today.
 */
public record ToleranceFigures(LocalDate from, LocalDate to, long exempted, long reduced, long refused,
                               long applicationsReceived, long visitsMade, long visitsOverdue) {

    public long findings() {
        return exempted + reduced + refused;
    }

    public long count(FindingOutcome outcome) {
        return switch (outcome) {
            case EXEMPT -> exempted;
            case REDUCED -> reduced;
            case REFUSED -> refused;
        };
    }
}
