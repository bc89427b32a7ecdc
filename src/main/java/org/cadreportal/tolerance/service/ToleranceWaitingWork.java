package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.security.roles.PortalStaff;
import org.cadreportal.tolerance.ToleranceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** For the morning digest and the 待办工作 card: 容错 applications whose current step is the user's, in scope. */
@Component
class ToleranceWaitingWork implements WaitingWork {

    private final ToleranceService tolerance;

    ToleranceWaitingWork(ToleranceService tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(AccessTypes.TOLERANCE_APPLICATION) || !user.holds(OrganisationAndDiscipline.class)) {
            return List.of();
        }
        return List.of(new WaitingLine("digest.line.tolerance",
                tolerance.myTasks(PageRequest.of(0, 1)).getTotalElements(), "my-tasks"));
    }
}
