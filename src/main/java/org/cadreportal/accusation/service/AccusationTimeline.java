package org.cadreportal.accusation.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.TimelineSource;
import org.cadreportal.security.AppRoles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts each clarification a cadre was given on their timeline as 澄清正名, with the allegations it cleared. */
@Component
class AccusationTimeline implements TimelineSource {

    private final AccusationCaseRepository cases;

    AccusationTimeline(AccusationCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.timeline, its one caller.
    @RolesAllowed({AppRoles.ADMIN, AppRoles.CLERK, AppRoles.COMMITTEE, AppRoles.DISCIPLINE, AppRoles.SUPERVISION})
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.ACCUSATION_CASE)) {
            return List.of();
        }
        return cases.clarificationsOf(cadreId).stream().map(k -> new TimelineEntry(k.getClarifiedOn(),
                "timeline.kind.clarification", k.getAccusationCase().getCaseNo(),
                k.getAllegations().stream().sorted(Comparator.comparingInt(Allegation::getOrdinal))
                        .map(a -> a.getOrdinal() + ". " + a.getContent() + "（" + findingZh(a) + "）")
                        .collect(Collectors.joining("；")),
                "accusation/" + k.getAccusationCase().getId())).toList();
    }

    private static String findingZh(Allegation a) {
        return switch (a.getFinding()) {
            case FABRICATED -> "诬告陷害";
            case MISTAKEN -> "错告";
            case UNTRUE -> "不实";
            default -> a.getFinding().name();
        };
    }
}
