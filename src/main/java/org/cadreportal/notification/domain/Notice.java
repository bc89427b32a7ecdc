package org.cadreportal.notification.domain;

import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An in-app notice to a cadre (cadre_id) or to a user account (username). */
@Entity
@Table(name = "notices")
public class Notice extends SequencedEntity {

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(length = 64)
    private String username;

    /** Further links, one "path&lt;TAB&gt;label" per line (a digest lists several places). */
    @Column(length = 1000)
    private String links;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 200)
    private String link;

    @Column(name = "read_at")
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

    public Long getCadreId() {
        return cadreId;
    }

    public String getUsername() {
        return username;
    }

    public String getLinks() {
        return links;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
