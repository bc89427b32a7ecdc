package org.cadreportal.accusation;

/** The finding on one allegation, with its reason. */
public record AllegationFinding(long allegationId, FindingType finding, String reason) {
}
