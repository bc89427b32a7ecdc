package org.cadreportal.accusation.service;

import java.util.List;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** For the morning digest and the 待办工作 card: 查诬 cases whose current step is the user's, in their scope (我的待办). */
@Component
class AccusationWaitingWork implements WaitingWork {

    private final AccusationService cases;

    AccusationWaitingWork(AccusationService cases) {
        this.cases = cases;
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(AccessTypes.ACCUSATION_CASE)
                || !(user.has(Role.CLERK) || user.has(Role.DISCIPLINE))) {
            return List.of();
        }
        return List.of(new WaitingLine("digest.line.accusation", cases.myTasks(PageRequest.of(0, 1)).getTotalElements(),
                "my-tasks"));
    }
}
