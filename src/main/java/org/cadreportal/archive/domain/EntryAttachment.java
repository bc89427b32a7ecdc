package org.cadreportal.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.domain.FileColumns;

/** An evidence file of an entry: its name and checked type here, its bytes in the file store under {@code storageKey}. */
@Entity
@Table(name = "entry_attachments")
public class EntryAttachment extends FileColumns {

    @Getter private long entryId;

    @Getter private String storageKey;

    private String uploadedBy;

    private LocalDateTime uploadedAt;

    protected EntryAttachment() {
    }

    public EntryAttachment(long entryId, String fileName, String contentType, long sizeBytes, String storageKey,
                           String uploadedBy, LocalDateTime uploadedAt) {
        super(fileName, contentType, sizeBytes);
        this.entryId = entryId;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }
}
