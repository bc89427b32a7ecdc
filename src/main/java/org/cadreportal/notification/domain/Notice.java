package org.cadreportal.notification.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An in-app notice to a cadre (cadre_id) or to a user account (username). */
@Entity
@Table(name = "notices")
@Getter
public class Notice extends SequencedEntity {

    private Long cadreId;

    private String username;

    /** Further links, one "path&lt;TAB&gt;label" per line (a digest lists several places). */
    private String links;

    private LocalDateTime createdAt;

    private String title;

    private String body;

    private String link;

    private LocalDateTime readAt;

    protected Notice() {
    }

    public Notice(long cadreId, LocalDateTime createdAt, String title, String body, String link) {
        this.cadreId = cadreId;
        this.createdAt = createdAt;
        this.title = title;
        this.body = body;
        this.link = link;
    }

    public static Notice toUser(String username, LocalDateTime createdAt, String title, String body, String link,
                                String links) {
        Notice n = new Notice();
        n.username = username;
        n.createdAt = createdAt;
        n.title = title;
        n.body = body;
        n.link = link;
        n.links = links;
        return n;
    }

    public void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
