package org.cadreportal.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.domain.FileColumns;

/** An evidence file of an entry: its name and checked type here, its bytes in the file store under {@code storageKey}. */
@Entity
@Table(name = "entry_attachments")
public class EntryAttachment extends FileColumns {

    @Column(name = "entry_id", nullable = false)
    @Getter private long entryId;

    @Column(name = "storage_key", nullable = false, length = 100)
    @Getter private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
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
