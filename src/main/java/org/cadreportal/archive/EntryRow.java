package org.cadreportal.archive;

import java.time.LocalDateTime;
import org.cadreportal.base.Label;

/** An achievement entry as the grids show it. */
public record EntryRow(long id, long cadreId, String cadreName, String unitName, Label period, Label field,
                       Label level, Label category, WorkRole role, String whatDone, EntryStatus status, boolean late,
                       String proxyName, LocalDateTime submittedAt, Integer scoreTotal) {
}
