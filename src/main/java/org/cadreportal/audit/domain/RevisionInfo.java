package org.cadreportal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: when, and by whom. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(UserRevisionListener.class)
public class RevisionInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "rev_timestamp", nullable = false)
    private long revTimestamp;

    @Column(nullable = false, length = 64)
    private String username;

    public Long getId() {
        return id;
    }

    public long getRevTimestamp() {
        return revTimestamp;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
