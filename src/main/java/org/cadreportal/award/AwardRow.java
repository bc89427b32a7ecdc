package org.cadreportal.award;

import java.time.LocalDate;

/** An award or criticism as the list shows it, with the version an edit or a deletion must name. */
public record AwardRow(long id, int version, AwardKind kind, AwardType type, long cadreId, String cadreName,
                       String unitName, String postTitle, LocalDate decidedOn, String reason, String issuedBy,
                       String documentNo, boolean mayEdit) {
}
