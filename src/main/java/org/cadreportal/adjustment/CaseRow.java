package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.util.Locale;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseStatus;

/** A case as the lists show it. {@code overdueDays} is 0 unless the current step is past its limit. */
public record CaseRow(long id, String caseNo, long cadreId, String cadreName, String unitName, Direction direction,
                      CaseSource source, int currentOrdinal, String stepNameZh, String stepNameEn,
                      Role stepRole, CaseStatus status, LocalDate openedOn, LocalDate stepDueOn, long overdueDays) {

    public String stepName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? stepNameEn : stepNameZh;
    }
}
