package org.cadreportal.adjustment.domain;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.WorkflowCase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The change of post a 能上能下 case is about: the cadre with the post and rank held when the case opened,
 * the post and rank proposed (moving down, with the adjustment method), and the appointment that carries
 * it out. A mapped superclass, so its columns stay on {@code adjustment_cases} and are audited with the case;
 * the case decides at which step each part may be written.
 */
@MappedSuperclass
@Audited
@Getter
public abstract class PostChange extends WorkflowCase {

    private long cadreId;

    private String cadreName;

    private String formerPost;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CadreRank formerRank;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "method_id")
    private AdjustmentMethod method;

    private String proposedPost;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CadreRank proposedRank;

    private String documentNo;

    private LocalDate effectiveDate;

    private LocalDate impactUntil;

    protected PostChange() {
    }

    protected PostChange(long cadreId, String cadreName, UnitView unit, String formerPost, CadreRank formerRank,
                         ProcedureDefinition procedure, LocalDate today, String actor, LocalDateTime now) {
        super(procedure, unit, today, actor, now);
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.formerPost = formerPost;
        this.formerRank = formerRank;
    }

    /** The proposal: a post and a rank, and for a case moving a cadre down the adjustment method. */
    protected void proposeChange(boolean down, AdjustmentMethod chosenMethod, String post, CadreRank rank) {
        if (post == null || rank == null) {
            throw new IllegalArgumentException("A proposal names a post and a rank");
        }
        if (down != (chosenMethod != null)) {
            throw new FieldException("methodId", "validation.required");
        }
        method = chosenMethod;
        proposedPost = post;
        proposedRank = rank;
    }

    /** Only what was proposed is appointed, and not before the meeting that decided it. */
    protected void appointChange(String document, LocalDate effective, LocalDate impactEnd, LocalDate decidedOn) {
        if (proposedPost == null) {
            throw new FieldException("documentNo", "adjustment.error.noProposal");
        }
        if (decidedOn != null && effective.isBefore(decidedOn)) {
            throw new FieldException("effectiveDate", "adjustment.error.effectiveBeforeDecision", decidedOn);
        }
        documentNo = document;
        effectiveDate = effective;
        impactUntil = impactEnd;
    }
}
