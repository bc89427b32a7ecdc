package org.cadreportal.accusation;

/** One allegation as registered: against which accused cadre, and what it says. */
public record AllegationInput(Long cadreId, String content) {
}
