package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.util.List;

/** A visit: planned, and once made its record; {@code overdue} when its day has passed unrecorded. */
public record VisitRow(long id, LocalDate plannedOn, List<String> visitors, LocalDate visitedOn,
                       Assessment assessment, String notes, String recordedBy, boolean overdue) {

    public boolean made() {
        return visitedOn != null;
    }
}
