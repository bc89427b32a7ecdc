package org.cadreportal.supervision.service;

import java.util.List;
import java.util.Set;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.notification.RecordWaitingWork;
import org.cadreportal.security.Role;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.SupervisionService;
import org.springframework.stereotype.Component;

/**
 * For the morning digest: a supervision officer's drafts awaiting 审核上线 and online items on red, in
 * their scope. Each line links to the item list filtered to what it counts.
 */
@Component
class SupervisionWaitingWork extends RecordWaitingWork {

    SupervisionWaitingWork(SupervisionService items) {
        super(AccessTypes.SUPERVISION_ITEM, Set.of(Role.SUPERVISION), user -> List.of(
                new WaitingLine("digest.line.supervisionDraft",
                        items.count(new ItemFilter(null, null, null, null, null, null, ItemStatus.DRAFT, false)),
                        "supervision?status=DRAFT"),
                new WaitingLine("digest.line.supervisionRed",
                        items.count(new ItemFilter(null, null, null, null, null, Light.RED, ItemStatus.ONLINE, false)),
                        "supervision?status=ONLINE&light=RED")));
    }
}
