package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * What every attachment table says of its file, wherever the bytes are kept: the name it was uploaded
 * under, the content type checked from its bytes, and its size.
 */
@MappedSuperclass
public abstract class FileColumns extends SequencedEntity {

    @Getter private String fileName;

    @Getter private String contentType;

    @Getter private long sizeBytes;

    protected FileColumns() {
    }

    protected FileColumns(String fileName, String contentType, long sizeBytes) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }
}
