package org.cadreportal.cadre;

import java.time.LocalDate;

/** One line of the registry grid. */
public record CadreRow(long id, String code, String name, Gender gender, LocalDate birthDate, String ethnicity,
                       Party party, Education education, long unitId, String unitCode, String unitName,
                       String postTitle, CadreRank rank, ManagementLevel level, CadreCategory category,
                       CadreStatus status) {
}
