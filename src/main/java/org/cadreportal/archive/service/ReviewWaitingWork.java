package org.cadreportal.archive.service;

import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Component;

/** For the morning digest: submitted achievement entries in a clerk's scope awaiting review (审核队列). */
@Component
class ReviewWaitingWork implements WaitingWork {

    private final ArchiveService archive;

    ReviewWaitingWork(ArchiveService archive) {
        this.archive = archive;
    }

    @Override
    // The staff roles the morning digest runs as (DigestJob); a cadre gets no digest.
    @PortalStaff
    public List<WaitingLine> waitingFor(CurrentUser user) {
        // Whose turn it is, and (the one rule) whether the user may open such records at all.
        if (!RecordAccess.mayOpen(AccessTypes.ARCHIVE_ENTRY) || !user.has(Role.CLERK)) {
            return List.of();
        }
        return List.of(new WaitingLine("digest.line.archiveReview", archive.countQueue(EntryFilter.all()), "archive/review"));
    }
}
