package org.cadreportal.base.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * The columns of an attachment whose bytes are kept in its own row (name, checked content type, size,
 * bytes). The content length makes Hibernate expect LONGBLOB on MariaDB.
 */
@MappedSuperclass
public abstract class StoredFileColumns extends FileColumns {

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Getter private byte[] content;

    protected StoredFileColumns() {
    }

    protected StoredFileColumns(String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content.length);
        this.content = content;
    }
}
