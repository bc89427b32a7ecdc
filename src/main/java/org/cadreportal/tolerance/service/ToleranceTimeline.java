package org.cadreportal.tolerance.service;

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

    ToleranceTimeline(ToleranceApplicationRepository applications) {
        super(AccessTypes.TOLERANCE_APPLICATION, cadreId -> applications.findDecided(cadreId, "/"),
                a -> new TimelineEntry(a.getDecidedOn(), "timeline.kind.tolerance", a.getApplicationNo(),
                        a.getOutcome().chinese() + "：" + a.getMatter(), "tolerance/" + a.getId()));
    }
}
