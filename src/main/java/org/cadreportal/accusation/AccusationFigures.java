package org.cadreportal.accusation;

/**
 * The figures leaders quote for a period and unit subtree: false accusations dealt with (cases with at
 * least one 诬告陷害 finding made in the period), person-times clarified (cadres cleared in the period),
 * cases received, and clarifications now overdue.
 */
public record AccusationFigures(long falseAccusations, long personTimesClarified, long casesReceived,
                                long clarificationsOverdue) {
}
