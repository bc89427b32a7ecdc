package org.cadreportal.archive.service;

import java.util.List;
import java.util.Set;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.notification.RecordWaitingWork;
import org.cadreportal.security.Role;
import org.springframework.stereotype.Component;

/** For the morning digest: submitted achievement entries in a clerk's scope awaiting review (审核队列). */
@Component
class ReviewWaitingWork extends RecordWaitingWork {

    ReviewWaitingWork(ArchiveService archive) {
        super(AccessTypes.ARCHIVE_ENTRY, Set.of(Role.CLERK), user -> List.of(new WaitingLine(
                "digest.line.archiveReview", archive.countQueue(EntryFilter.all()), "archive/review")));
    }
}
