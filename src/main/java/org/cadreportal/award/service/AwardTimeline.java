package org.cadreportal.award.service;

import org.cadreportal.audit.AccessTypes;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.springframework.stereotype.Component;

/** Puts a cadre's awards (记功奖励) and public criticisms (公开批评) on their timeline. */
@Component
class AwardTimeline extends RecordTimelineSource {

    AwardTimeline(AwardRecordRepository records) {
        super(AccessTypes.AWARD, records::findByCadreIdOrderByDecidedOnDesc, AwardTimeline::entry);
    }

    private static TimelineEntry entry(AwardRecord a) {
        return a.getKind() == AwardKind.AWARD
                ? new TimelineEntry(a.getDecidedOn(), "timeline.kind.award", a.getType().chinese(),
                a.getIssuedBy() + "（" + a.getDocumentNo() + "）：" + a.getReason(), "awards")
                : new TimelineEntry(a.getDecidedOn(), "timeline.kind.criticism", a.getIssuedBy(), a.getReason(),
                "awards");
    }
}
