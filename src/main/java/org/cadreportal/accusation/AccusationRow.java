package org.cadreportal.accusation;

import java.time.LocalDate;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseStatus;

/**
 * A case in a list. {@code clarificationDaysLeft} counts working days to the clarification's deadline
 * (negative once it has passed); null when no clarification is due or it has been given.
 */
public record AccusationRow(long id, String caseNo, String reportNo, LocalDate receivedOn, Channel channel,
                            String accusedNames, String unitName, int currentOrdinal, String stepNameZh,
                            String stepNameEn, Role stepRole, CaseStatus status, LocalDate stepDueOn,
                            long daysOverdue, LocalDate clarificationDueOn, Integer clarificationDaysLeft,
                            boolean quickLogged) {

    public boolean clarificationOverdue() {
        return clarificationDaysLeft != null && clarificationDaysLeft < 0;
    }

    public String stepName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? stepNameEn : stepNameZh;
    }
}
