package org.cadreportal.adjustment.service;

import java.util.List;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.TimelineSource;
import org.cadreportal.security.roles.PortalStaff;
import org.cadreportal.workflow.CaseStatus;
import org.springframework.stereotype.Component;

/** Puts a cadre's adjustment cases on their timeline: opened, and decided (with the new post) or closed. */
@Component
class AdjustmentTimeline implements TimelineSource {

    private final AdjustmentCaseRepository cases;
    private final StoredTexts texts;

    AdjustmentTimeline(AdjustmentCaseRepository cases, StoredTexts texts) {
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    // The roles of CadreService.timeline, its one caller.
    @PortalStaff
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.ADJUSTMENT_CASE)) {
            return List.of();
        }
        return cases.findByCadre(cadreId, "/").stream().map(c -> {
            boolean appointed = c.getEffectiveDate() != null;
            String detail = appointed
                    ? c.getFormerPost() + " → " + c.getProposedPost()
                    + (c.getImpactUntil() == null ? "" : texts.show(StoredText.of("timeline.detail.impactUntil", c.getImpactUntil())))
                    : c.getSummary();
            return new TimelineEntry(appointed ? c.getEffectiveDate()
                    : c.getProgress().getStatus() == CaseStatus.OPEN ? c.getOpenedOn() : c.getProgress().getClosedOn(),
                    "timeline.kind.adjustment." + c.getDirection().name(), c.getCaseNo(), detail,
                    "adjustment/" + c.getId());
        }).toList();
    }
}
