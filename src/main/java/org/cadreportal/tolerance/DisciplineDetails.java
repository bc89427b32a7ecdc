package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A discipline record with its visits, the version a change must name, and whether the viewer may change it. */
public record DisciplineDetails(long id, int version, long cadreId, String cadreName, String unitName,
                                String postTitle, DisciplineType type, LocalDate decidedOn, LocalDate impactUntil,
                                String note, String recordedBy, String lastActor, LocalDateTime lastActedAt,
                                List<VisitRow> visits, boolean mayEdit) {

    public long overdueVisits() {
        return visits.stream().filter(VisitRow::overdue).count();
    }
}
