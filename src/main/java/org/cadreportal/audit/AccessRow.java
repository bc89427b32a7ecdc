package org.cadreportal.audit;

import java.time.LocalDateTime;

/** One line of the access log. */
public record AccessRow(long id, LocalDateTime accessedAt, String username, String displayName, AccessAction action,
                        String recordType, Long recordId, String recordLabel, String remoteAddr) {
}
