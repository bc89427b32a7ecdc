package org.cadreportal.workflow.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.workflow.StepOutcome;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A step taken on a case. Written once and never changed: it is the case's history. */
@Entity
@Immutable
@Table(name = "step_records")
@Getter
public class StepRecord extends SequencedEntity {

    private String caseType;

    private long caseId;

    private long stepId;

    private int ordinal;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private StepOutcome outcome;

    private Integer targetOrdinal;

    private String actorUsername;

    private String actorName;

    private LocalDateTime actedAt;

    private String opinion;

    /** The step's form values as JSON, frozen as they were when the step was taken. */
    private String details;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<StepAttachment> attachments = new ArrayList<>();

    protected StepRecord() {
    }

    public StepRecord(String caseType, long caseId, long stepId, int ordinal, StepOutcome outcome,
                      Integer targetOrdinal, String actorUsername, String actorName, LocalDateTime actedAt,
                      String opinion, String details) {
        this.caseType = caseType;
        this.caseId = caseId;
        this.stepId = stepId;
        this.ordinal = ordinal;
        this.outcome = outcome;
        this.targetOrdinal = targetOrdinal;
        this.actorUsername = actorUsername;
        this.actorName = actorName;
        this.actedAt = actedAt;
        this.opinion = opinion;
        this.details = details;
    }

    public void attach(String fileName, String contentType, byte[] content) {
        attachments.add(new StepAttachment(this, fileName, contentType, content));
    }
}
