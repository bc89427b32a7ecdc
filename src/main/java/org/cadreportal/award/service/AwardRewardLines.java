package org.cadreportal.award.service;

import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.award.AwardLines;
import org.cadreportal.award.domain.AwardRecord;
import org.cadreportal.award.domain.AwardRecordRepository;
import org.cadreportal.cadre.RewardLines;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The 奖惩情况 of a cadre's 任免审批表: their 记功奖励 and 公开批评, oldest first. */
@Component
@RequiredArgsConstructor
class AwardRewardLines implements RewardLines {

    private final AwardRecordRepository records;

    @Override
    @Transactional(readOnly = true)
    // The roles of CadreService.appointmentRecord, its one caller.
    @PortalStaff
    public List<String> linesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.AWARD)) {
            return List.of();
        }
        return records.findByCadreIdOrderByDecidedOnDesc(cadreId).stream()
                .sorted(Comparator.comparing(AwardRecord::getDecidedOn).thenComparing(AwardRecord::getId))
                .map(a -> AwardLines.line(a.getKind(), a.getType(), a.getDecidedOn(), a.getIssuedBy(),
                        a.getDocumentNo(), a.getReason()))
                .toList();
    }
}
