package org.cadreportal.supervision.service;

import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;
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
class SupervisionWaitingWork implements WaitingWork {

    private final SupervisionService items;

    SupervisionWaitingWork(SupervisionService items) {
        this.items = items;
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(AccessTypes.SUPERVISION_ITEM) || !user.has(Role.SUPERVISION)) {
            return List.of();
        }
        return List.of(
                new WaitingLine("digest.line.supervisionDraft",
                        items.count(new ItemFilter(null, null, null, null, null, null, ItemStatus.DRAFT, false)),
                        "supervision?status=DRAFT"),
                new WaitingLine("digest.line.supervisionRed",
                        items.count(new ItemFilter(null, null, null, null, null, Light.RED, ItemStatus.ONLINE, false)),
                        "supervision?status=ONLINE&light=RED"));
    }
}
