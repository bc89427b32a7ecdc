package org.cadreportal.accusation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 澄清正名 for one cadre: when, how (an oral or meeting clarification needs a written one too), the units
 * informed, the notice text, and the allegations it clears (only those found 诬告陷害 / 错告 / 不实).
 */
public record ClarificationForm(Long cadreId, LocalDate clarifiedOn, Set<ClarificationMethod> methods,
                                String scopeUnits, String noticeText, List<Long> allegationIds) {

    public ClarificationForm {
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        allegationIds = allegationIds == null ? List.of() : List.copyOf(allegationIds);
    }
}
