package org.cadreportal.assessment.service;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.PublicityStarted;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.notification.Notifier;
import org.cadreportal.security.Role;
import org.cadreportal.security.SystemActor;
import org.cadreportal.security.UserDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the clerks whose scope holds a unit of the plan that its results are in 公示 and may be appealed until the
 * window's last day. Runs after the 公示 started, as the portal itself (the 考核办 may not list users).
 */
@Component
@RequiredArgsConstructor
class PublicityNotices {

    private final AppealQueries queries;
    private final UnitViewRepository units;
    private final UserDirectory directory;
    private final Notifier notifier;
    private final SystemActor system;

    @ApplicationModuleListener
    void on(PublicityStarted started) {
        system.runAs(Role.CLERK, () -> tell(started));
    }

    private void tell(PublicityStarted started) {
        List<String> paths = queries.unitPaths(started.planId());
        String body = StoredText.of("assessment.notice.publicity.body", started.year(), started.start(),
                started.end());
        for (UserDirectory.Member clerk : directory.members(Role.CLERK)) {
            boolean covers = units.findById(clerk.scopeUnitId())
                    .map(u -> paths.stream().anyMatch(path -> path.startsWith(u.getPath()))).orElse(false);
            if (covers) {
                notifier.noticeUser(clerk.username(), "assessment.notice.publicity.title", body,
                        "assessment/" + started.planId() + "/appeals");
            }
        }
    }
}
