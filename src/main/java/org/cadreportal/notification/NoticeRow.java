package org.cadreportal.notification;

import java.time.LocalDateTime;
import java.util.List;

/** A notice as its reader sees it; {@code links} are further places it points to (a digest lists several). */
public record NoticeRow(long id, LocalDateTime createdAt, String title, String body, String link, boolean read,
                        List<NoticeLink> links) {

    public NoticeRow(long id, LocalDateTime createdAt, String title, String body, String link, boolean read) {
        this(id, createdAt, title, body, link, read, List.of());
    }
}
