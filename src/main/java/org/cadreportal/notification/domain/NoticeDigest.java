package org.cadreportal.notification.domain;

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
    private String id;

    @Getter private String username;

    @Getter private LocalDate sentOn;

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
