package org.cadreportal.cadre;

import java.time.LocalDate;

/** One line of the registry grid; {@code mobile} is masked ({@link MobileNumber#masked}), empty for none. */
public record CadreRow(long id, String code, String name, Gender gender, LocalDate birthDate, String ethnicity,
                       Party party, Education education, long unitId, String unitCode, String unitName,
                       String postTitle, CadreRank rank, ManagementLevel level, CadreCategory category,
                       CadreStatus status, String mobile) {

    public CadreRow(long id, String code, String name, Gender gender, LocalDate birthDate, String ethnicity,
                    Party party, Education education, long unitId, String unitCode, String unitName,
                    String postTitle, CadreRank rank, ManagementLevel level, CadreCategory category,
                    CadreStatus status) {
        this(id, code, name, gender, birthDate, ethnicity, party, education, unitId, unitCode, unitName, postTitle,
                rank, level, category, status, "");
    }
}
