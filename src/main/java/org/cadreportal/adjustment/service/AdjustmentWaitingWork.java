package org.cadreportal.adjustment.service;

import java.util.List;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * For the morning digest and the 待办工作 card: 能上能下 cases waiting on the user's role in their scope (我的待办),
 * and for a committee member the 讨论决定 votes he has still to cast.
 */
@Component
class AdjustmentWaitingWork implements WaitingWork {

    private final AdjustmentService cases;

    AdjustmentWaitingWork(AdjustmentService cases) {
        this.cases = cases;
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(AccessTypes.ADJUSTMENT_CASE)
                || !(user.has(Role.CLERK) || user.has(Role.COMMITTEE) || user.has(Role.DISCIPLINE))) {
            return List.of();
        }
        WaitingLine tasks = new WaitingLine("digest.line.adjustment", cases.countMyTasks(), "my-tasks");
        if (!user.has(Role.COMMITTEE)) {
            return List.of(tasks);
        }
        // Votes to cast: a member seated at an open 讨论决定 who has not voted (listed on his 我的待办).
        return List.of(tasks, new WaitingLine("digest.line.votes",
                cases.myVotes(PageRequest.of(0, 1)).getTotalElements(), "my-tasks"));
    }
}
