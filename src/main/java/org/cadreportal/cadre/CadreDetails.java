package org.cadreportal.cadre;

import java.time.LocalDate;

/** A cadre's profile as the cadre page shows it, with the version its form must send back. */
public record CadreDetails(long id, int version, String unitName, CadreStatus status, LocalDate retiredOn,
                           String retireReason, CadreForm form) {
}
