package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.RecordTimelineSource;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a cadre's decided tolerance findings (容错认定) on their timeline. The registry asks only after it
 * has checked that the cadre is in the user's scope.
 */
@Component
class ToleranceTimeline extends RecordTimelineSource {

    private final ToleranceApplicationRepository applications;

    ToleranceTimeline(ToleranceApplicationRepository applications) {
        super(AccessTypes.TOLERANCE_APPLICATION);
        this.applications = applications;
    }

    @Override
    protected List<TimelineEntry> read(long cadreId) {
        return applications.findDecided(cadreId, "/").stream()
                .map(a -> new TimelineEntry(a.getDecidedOn(), "timeline.kind.tolerance", a.getApplicationNo(),
                        a.getOutcome().chinese() + "：" + a.getMatter(), "tolerance/" + a.getId()))
                .toList();
    }
}
