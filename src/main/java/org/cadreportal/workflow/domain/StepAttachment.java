package org.cadreportal.workflow.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A file attached to a step record; as immutable as the record. */
@Entity
@Immutable
@Table(name = "step_attachments")
public class StepAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_attachments_seq")
    @SequenceGenerator(name = "step_attachments_seq", sequenceName = "step_attachments_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_record_id")
    private StepRecord record;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** The length makes Hibernate expect LONGBLOB on MariaDB (a plain BLOB holds only 64 KB). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1 << 30)
    private byte[] content;

    protected StepAttachment() {
    }

    StepAttachment(StepRecord record, String fileName, String contentType, byte[] content) {
        this.record = record;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public StepRecord getRecord() {
        return record;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
