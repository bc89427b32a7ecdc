package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.util.Locale;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseStatus;

/** An application as the list shows it. {@code overdueDays} is 0 unless the current step is past its limit. */
public record ApplicationRow(long id, String applicationNo, long cadreId, String cadreName, String unitName,
                             ApplicantType applicantType, String categoryZh, String categoryEn, String matter,
                             int currentOrdinal, String stepNameZh, String stepNameEn, Role stepRole,
                             CaseStatus status, LocalDate appliedOn, LocalDate stepDueOn, long overdueDays,
                             FindingOutcome outcome, LocalDate decidedOn) {

    public String stepName(Locale locale) {
        return english(locale) ? stepNameEn : stepNameZh;
    }

    public String category(Locale locale) {
        return english(locale) ? categoryEn : categoryZh;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
