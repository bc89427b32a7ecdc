package org.cadreportal.base.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one stored file, for the database file store. */
@Entity
@Table(name = "stored_files")
class StoredContent extends SequencedEntity {

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected StoredContent() {
    }

    StoredContent(byte[] content) {
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
