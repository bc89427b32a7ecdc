package org.cadreportal.adjustment.service;

import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.stereotype.Component;

/** Puts a cadre's adjustment cases on their timeline: opened, and decided (with the new post) or closed. */
@Component
class AdjustmentTimeline extends RecordTimelineSource {

    AdjustmentTimeline(AdjustmentCaseRepository cases, StoredTexts texts) {
        super(AccessTypes.ADJUSTMENT_CASE, cadreId -> cases.findByCadre(cadreId, "/"), c -> {
            boolean appointed = c.getEffectiveDate() != null;
            String detail = appointed
                    ? c.getFormerPost() + " → " + c.getProposedPost()
                    + (c.getImpactUntil() == null ? "" : texts.show(StoredText.of("timeline.detail.impactUntil", c.getImpactUntil())))
                    : c.getSummary();
            return new TimelineEntry(appointed ? c.getEffectiveDate()
                    : c.getProgress().getStatus() == CaseStatus.OPEN ? c.getOpenedOn() : c.getProgress().getClosedOn(),
                    "timeline.kind.adjustment." + c.getDirection().name(), c.getCaseNo(), detail,
                    "adjustment/" + c.getId());
        });
    }
}
