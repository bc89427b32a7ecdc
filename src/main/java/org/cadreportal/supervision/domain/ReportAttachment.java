package org.cadreportal.supervision.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.StoredFileColumns;
import org.hibernate.annotations.Immutable;

/** A file attached to a progress report; as immutable as it. */
@Entity
@Immutable
@Table(name = "report_attachments")
public class ReportAttachment extends StoredFileColumns {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    @Getter private ProgressReport report;

    protected ReportAttachment() {
    }

    ReportAttachment(ProgressReport report, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.report = report;
    }
}
