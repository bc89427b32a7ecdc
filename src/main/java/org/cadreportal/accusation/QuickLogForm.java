package org.cadreportal.accusation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 快速登记: a clarification case concluded outside the portal, entered in one go. The report, one finding
 * per allegation with its date, the referral when any finding is 诬告陷害, and the clarification given to
 * every cadre cleared (same methods, scope and notice for all, as one act usually clears them together).
 */
public record QuickLogForm(IntakeForm intake, List<FindingType> findings, List<String> reasons, LocalDate foundOn,
                           String referredTo, LocalDate referredOn, LocalDate clarifiedOn,
                           Set<ClarificationMethod> methods, String scopeUnits, String noticeText) {

    public QuickLogForm {
        findings = findings == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(findings));
        reasons = reasons == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reasons));
        methods = methods == null ? Set.of() : Set.copyOf(methods);
    }
}
