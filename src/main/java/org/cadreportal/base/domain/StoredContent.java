package org.cadreportal.base.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The bytes of one stored file, for the database file store. */
@Entity
@Table(name = "stored_files")
class StoredContent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_files_seq")
    @SequenceGenerator(name = "stored_files_seq", sequenceName = "stored_files_seq", allocationSize = 50)
    private Long id;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1 << 30)
    private byte[] content;

    protected StoredContent() {
    }

    StoredContent(byte[] content) {
        this.content = content;
    }

    Long getId() {
        return id;
    }

    byte[] getContent() {
        return content;
    }
}
