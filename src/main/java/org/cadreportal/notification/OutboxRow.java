package org.cadreportal.notification;

import java.time.LocalDateTime;

/** A queued message as the administrator's outbox view shows it; {@code recipient} is an address or "干部 #id". */
public record OutboxRow(long id, String channel, String recipient, String subject, String body, LocalDateTime createdAt,
                        OutboxStatus status, int attempts, LocalDateTime nextAttemptAt, LocalDateTime sentAt,
                        String lastError) {
}
