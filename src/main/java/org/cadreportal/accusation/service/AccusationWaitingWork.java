package org.cadreportal.accusation.service;

import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.notification.RecordWaitingWork;
import org.cadreportal.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** For the morning digest and the 待办工作 card: 查诬 cases whose current step is the user's, in their scope (我的待办). */
@Component
class AccusationWaitingWork extends RecordWaitingWork {

    AccusationWaitingWork(AccusationService cases) {
        super(AccessTypes.ACCUSATION_CASE, Set.of(Role.CLERK, Role.DISCIPLINE), user -> List.of(new WaitingLine(
                "digest.line.accusation", cases.myTasks(PageRequest.of(0, 1)).getTotalElements(), "my-tasks")));
    }
}
