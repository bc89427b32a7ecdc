package org.cadreportal.accusation;

import java.time.LocalDate;
import org.cadreportal.workflow.CaseStatus;

/**
 * The case list's filters; null means any. {@code keyword} matches the case number, the report number
 * or an accused cadre's name; {@code clarificationOverdue} keeps cases whose clarification is late.
 */
public record AccusationFilter(String keyword, Long unitId, Channel channel, String stepCode, CaseStatus status,
                               FindingType finding, boolean clarificationOverdue, LocalDate receivedFrom,
                               LocalDate receivedTo) {

    public static AccusationFilter none() {
        return new AccusationFilter(null, null, null, null, null, null, false, null, null);
    }
}
