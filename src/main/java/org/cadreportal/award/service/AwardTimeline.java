package org.cadreportal.award.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.TimelineSource;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts a cadre's awards (记功奖励) and public criticisms (公开批评) on their timeline. */
@Component
class AwardTimeline implements TimelineSource {

    private final AwardRecordRepository records;

    AwardTimeline(AwardRecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.timeline, its one caller.
    @PortalStaff
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.AWARD)) {
            return List.of();
        }
        return records.findByCadreIdOrderByDecidedOnDesc(cadreId).stream().map(a -> a.getKind() == AwardKind.AWARD
                ? new TimelineEntry(a.getDecidedOn(), "timeline.kind.award", a.getType().chinese(),
                a.getIssuedBy() + "（" + a.getDocumentNo() + "）：" + a.getReason(), "awards")
                : new TimelineEntry(a.getDecidedOn(), "timeline.kind.criticism", a.getIssuedBy(), a.getReason(),
                "awards")).toList();
    }
}
