package org.cadreportal.notification;

import java.util.List;
import org.cadreportal.security.CurrentUser;

/**
 * What a feature has waiting on a user, for the morning digest. Implemented by each feature with its own
 * (data-scoped, role-checked) queries; the digest job calls it while acting as that user, so a user is told
 * exactly what they would see on their own task lists. A source names only records the user may open
 * ({@link org.cadreportal.audit.RecordAccess}). Notification itself knows no feature.
 */
public interface WaitingWork {

    /** The lines for the signed-in {@code user}; empty when nothing waits or the role does not apply. */
    List<WaitingLine> waitingFor(CurrentUser user);

    /** "{label}: {count}", opening {@code link}. The label is a translation key, stored with the notice as such. */
    record WaitingLine(String label, long count, String link) {
    }
}
