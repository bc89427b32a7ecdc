package org.cadreportal.adjustment.service;

import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.notification.RecordWaitingWork;
import org.cadreportal.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * For the morning digest and the 待办工作 card: 能上能下 cases waiting on the user's role in their scope (我的待办),
 * and for a committee member the 讨论决定 votes he has still to cast.
 */
@Component
class AdjustmentWaitingWork extends RecordWaitingWork {

    AdjustmentWaitingWork(AdjustmentService cases) {
        super(AccessTypes.ADJUSTMENT_CASE, Set.of(Role.CLERK, Role.COMMITTEE, Role.DISCIPLINE), user -> {
            WaitingLine tasks = new WaitingLine("digest.line.adjustment", cases.countMyTasks(), "my-tasks");
            if (!user.has(Role.COMMITTEE)) {
                return List.of(tasks);
            }
            // Votes to cast: a member seated at an open 讨论决定 who has not voted (listed on his 我的待办).
            return List.of(tasks, new WaitingLine("digest.line.votes",
                    cases.myVotes(PageRequest.of(0, 1)).getTotalElements(), "my-tasks"));
        });
    }
}
