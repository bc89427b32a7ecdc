package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import org.hibernate.annotations.Immutable;

/** A file attached to a progress report. */
@Entity
@Immutable
@Table(name = "report_attachments")
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_attachments_seq")
    @SequenceGenerator(name = "report_attachments_seq", sequenceName = "report_attachments_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ProgressReport report;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** The length makes Hibernate expect LONGBLOB on MariaDB. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1 << 30)
    private byte[] content;

    protected ReportAttachment() {
    }

    ReportAttachment(ProgressReport report, String fileName, String contentType, byte[] content) {
        this.report = report;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
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
