package org.cadreportal.workflow.domain;

import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
public class StepRecord extends SequencedEntity {

    @Column(name = "case_type", nullable = false, length = 32)
    private String caseType;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "step_id", nullable = false)
    private long stepId;

    @Column(nullable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private StepOutcome outcome;

    @Column(name = "target_ordinal")
    private Integer targetOrdinal;

    @Column(name = "actor_username", nullable = false, length = 64)
    private String actorUsername;

    @Column(name = "actor_name", nullable = false, length = 64)
    private String actorName;

    @Column(name = "acted_at", nullable = false)
    private LocalDateTime actedAt;

    @Column(length = 4000)
    private String opinion;

    /** The step's form values as JSON, frozen as they were when the step was taken. */
    @Column(length = 8000)
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

    public String getCaseType() {
        return caseType;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getStepId() {
        return stepId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public StepOutcome getOutcome() {
        return outcome;
    }

    public Integer getTargetOrdinal() {
        return targetOrdinal;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorName() {
        return actorName;
    }

    public LocalDateTime getActedAt() {
        return actedAt;
    }

    public String getOpinion() {
        return opinion;
    }

    public String getDetails() {
        return details;
    }

    public List<StepAttachment> getAttachments() {
        return attachments;
    }
}
