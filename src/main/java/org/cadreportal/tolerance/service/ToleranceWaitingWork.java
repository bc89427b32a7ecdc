package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.notification.RecordWaitingWork;
import org.cadreportal.security.roles.OrganisationAndDiscipline;
import org.cadreportal.tolerance.ToleranceService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** For the morning digest and the 待办工作 card: 容错 applications whose current step is the user's, in scope. */
@Component
class ToleranceWaitingWork extends RecordWaitingWork {

    ToleranceWaitingWork(ToleranceService tolerance) {
        super(AccessTypes.TOLERANCE_APPLICATION, OrganisationAndDiscipline.class, user -> List.of(new WaitingLine(
                "digest.line.tolerance", tolerance.myTasks(PageRequest.of(0, 1)).getTotalElements(), "my-tasks")));
    }
}
