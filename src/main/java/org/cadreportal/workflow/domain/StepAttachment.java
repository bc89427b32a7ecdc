package org.cadreportal.workflow.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.StoredFileColumns;
import org.hibernate.annotations.Immutable;

/** A file attached to a step record; as immutable as it. */
@Entity
@Immutable
@Table(name = "step_attachments")
public class StepAttachment extends StoredFileColumns {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_record_id")
    @Getter private StepRecord record;

    protected StepAttachment() {
    }

    StepAttachment(StepRecord record, String fileName, String contentType, byte[] content) {
        super(fileName, contentType, content);
        this.record = record;
    }
}
