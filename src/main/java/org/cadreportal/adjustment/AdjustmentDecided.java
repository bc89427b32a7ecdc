package org.cadreportal.adjustment;

import java.time.LocalDate;

/**
 * Published when 讨论决定 decides a case: {@code passed} the proposal was carried (for a 上 case, the
 * cadre is to be promoted), else the case was rejected. {@code referenceLink} is the route of the record
 * the case was opened from (e.g. {@code reserve-pool/12}), or null; {@code decidedOn} is the meeting's day.
 */
public record AdjustmentDecided(long caseId, String caseNo, long cadreId, Direction direction, CaseSource source,
                                String referenceLink, boolean passed, LocalDate decidedOn) {
}
