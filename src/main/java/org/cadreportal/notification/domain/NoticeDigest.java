package org.cadreportal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;

/** The morning digest sent to a user on a day; its key (user and day) refuses a second one. */
@Entity
@Table(name = "notice_digests")
public class NoticeDigest {

    @Id
    @Column(length = 80)
    private String id;

    @Column(nullable = false, length = 64)
    @Getter private String username;

    @Column(name = "sent_on", nullable = false)
    @Getter private LocalDate sentOn;

    @Column(name = "notice_id")
    private Long noticeId;

    protected NoticeDigest() {
    }

    public NoticeDigest(String username, LocalDate sentOn, Long noticeId) {
        this.id = key(username, sentOn);
        this.username = username;
        this.sentOn = sentOn;
        this.noticeId = noticeId;
    }

    public static String key(String username, LocalDate day) {
        return username + "@" + day;
    }
}
