package org.cadreportal.adjustment.service;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.security.Role;
import org.cadreportal.security.SystemActor;
import org.cadreportal.supervision.ItemEscalated;
import org.cadreportal.supervision.Rung;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a "down" case when a supervision item escalates a cadre to its third rung (一次提醒、二次约谈、
 * 三次调整). The case is opened as the portal itself, with the situations left for 分析研判 to set.
 * The summary is the case's own field, edited by the clerk and printed on the Chinese 呈批表, so it is
 * written in Chinese like one a clerk types.
 */
@Component
@RequiredArgsConstructor
class AdjustmentRequests {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AdjustmentRequests.class);

    private final AdjustmentServiceImpl service;
    private final SystemActor system;
    private final MessageSource messages;

    @ApplicationModuleListener
    void on(ItemEscalated escalated) {
        if (escalated.rung() != Rung.ADJUSTMENT) {
            return;
        }
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(escalated.cadreId());
        form.setDirection(Direction.DOWN);
        form.setSource(CaseSource.SUPERVISION);
        form.setSummary(messages.getMessage("adjustment.summary.escalated",
                new Object[] {escalated.itemNo(), escalated.itemTitle()}, Locale.SIMPLIFIED_CHINESE));
        system.runAs(Role.CLERK, () -> {
            if (service.openRequested(form) == null) {
                // The cadre's "down" case is already under way: the escalation is for it to weigh, not a second case.
                log.info("Escalation of {} for cadre {}: a down case is already open", escalated.itemNo(),
                        escalated.cadreId());
            }
        });
    }
}
