package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.cadre.TimelineSource;
import org.cadreportal.security.roles.PortalStaff;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a cadre's decided tolerance findings (容错认定) on their timeline. The registry asks only after it
 * has checked that the cadre is in the user's scope.
 */
@Component
class ToleranceTimeline implements TimelineSource {

    private final ToleranceApplicationRepository applications;

    ToleranceTimeline(ToleranceApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    // The roles of CadreService.timeline, its one caller.
    @PortalStaff
    public List<TimelineEntry> entriesFor(long cadreId) {
        if (!RecordAccess.mayOpen(AccessTypes.TOLERANCE_APPLICATION)) {
            return List.of();
        }
        return applications.findDecided(cadreId, "/").stream()
                .map(a -> new TimelineEntry(a.getDecidedOn(), "timeline.kind.tolerance", a.getApplicationNo(),
                        a.getOutcome().chinese() + "：" + a.getMatter(), "tolerance/" + a.getId()))
                .toList();
    }
}
