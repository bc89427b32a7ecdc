package org.cadreportal.accusation.service;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.springframework.stereotype.Component;

/** Puts each clarification a cadre was given on their timeline as 澄清正名, with the allegations it cleared. */
@Component
class AccusationTimeline extends RecordTimelineSource {

    AccusationTimeline(AccusationCaseRepository cases, StoredTexts texts) {
        super(AccessTypes.ACCUSATION_CASE, cases::clarificationsOf, k -> new TimelineEntry(k.getClarifiedOn(),
                "timeline.kind.clarification", k.getAccusationCase().getCaseNo(),
                k.getAllegations().stream().sorted(Comparator.comparingInt(Allegation::getOrdinal))
                        .map(a -> texts.show(StoredText.of("timeline.detail.allegation", a.getOrdinal(), a.getContent(),
                                "accusation.finding." + a.getFinding().name())))
                        .collect(Collectors.joining(texts.show("timeline.detail.separator"))),
                "accusation/" + k.getAccusationCase().getId()));
    }
}
