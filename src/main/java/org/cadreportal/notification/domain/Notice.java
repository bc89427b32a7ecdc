package org.cadreportal.notification.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An in-app notice to a cadre (cadre_id) or to a user account (username). */
@Entity
@Table(name = "notices")
public class Notice extends SequencedEntity {

    @Getter private Long cadreId;

    @Getter private String username;

    /** Further links, one "path&lt;TAB&gt;label" per line (a digest lists several places). */
    @Getter private String links;

    @Getter private LocalDateTime createdAt;

    @Getter private String title;

    @Getter private String body;

    @Getter private String link;

    @Getter private LocalDateTime readAt;

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
