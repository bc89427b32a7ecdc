package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * What every attachment table says of its file, wherever the bytes are kept: the name it was uploaded
 * under, the content type checked from its bytes, and its size.
 */
@MappedSuperclass
@Getter
public abstract class FileColumns extends SequencedEntity {

    private String fileName;

    private String contentType;

    private long sizeBytes;

    protected FileColumns() {
    }

    protected FileColumns(String fileName, String contentType, long sizeBytes) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
    }
}
