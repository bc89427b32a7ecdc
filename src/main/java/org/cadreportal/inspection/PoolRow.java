package org.cadreportal.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A cadre in the reserve pool (后备干部 / 优秀年轻干部库): who, since when, each frontline recommendation
 * that put him there (newest first), and the 上 case opened from the entry, if any.
 */
public record PoolRow(long id, int version, long cadreId, String cadreName, String unitName, String postTitle,
                      LocalDate addedOn, PoolStatus status, Long caseId, String caseNo, LocalDate usedOn,
                      List<Source> sources) {

    /** One recommendation: the inspection, its day, the recommendation and the inspectors' finding. */
    public record Source(long inspectionId, LocalDate inspectedOn, Recommendation recommendation, String reason) {
    }

    /** Whether the clerk may open a 上 case from the entry: in the pool and no case under way. */
    public boolean mayOpenCase() {
        return status == PoolStatus.OPEN && caseId == null;
    }

    public Source latest() {
        return sources.isEmpty() ? null : sources.getFirst();
    }
}
