package org.cadreportal.adjustment.domain;

import org.cadreportal.base.domain.SequencedEntity;
import org.cadreportal.adjustment.VisitRow;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A follow-up visit (跟踪回访) during the impact period. */
@Entity
@Table(name = "follow_up_visits")
@Audited
public class FollowUpVisit extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private AdjustmentCase adjustmentCase;

    private LocalDate visitDate;

    private String visitor;

    private String notes;

    protected FollowUpVisit() {
    }

    FollowUpVisit(AdjustmentCase adjustmentCase, LocalDate visitDate, String visitor, String notes) {
        this.adjustmentCase = adjustmentCase;
        this.visitDate = visitDate;
        this.visitor = visitor;
        this.notes = notes;
    }

    /** How the case page lists this visit. */
    public VisitRow row() {
        return new VisitRow(getId(), visitDate, visitor, notes);
    }
}
