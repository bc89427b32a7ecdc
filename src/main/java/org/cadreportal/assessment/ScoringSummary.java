package org.cadreportal.assessment;

/** What one calculation of a plan did: units and scores computed, score rows written (only changes), time taken. */
public record ScoringSummary(int units, int scores, int written, long millis) {
}
