package org.cadreportal.adjustment.service;

import org.cadreportal.adjustment.AdjustmentRequested;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.security.Role;
import org.cadreportal.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a "down" case when another feature asks for one (the supervision platform's third
 * escalation). The case is opened as the portal itself, with the situations left for 分析研判 to set.
 */
@Component
class AdjustmentRequests {

    private final AdjustmentServiceImpl service;
    private final SystemActor system;

    AdjustmentRequests(AdjustmentServiceImpl service, SystemActor system) {
        this.service = service;
        this.system = system;
    }

    @ApplicationModuleListener
    void on(AdjustmentRequested request) {
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(request.cadreId());
        form.setDirection(Direction.DOWN);
        form.setSource(request.source());
        form.setSummary(request.reference() + "：" + request.summary());
        system.runAs(Role.CLERK, () -> service.openRequested(form));
    }
}
