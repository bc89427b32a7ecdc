package org.cadreportal.notification;

import java.time.LocalDateTime;

public record NoticeRow(long id, LocalDateTime createdAt, String title, String body, String link, boolean read) {
}
