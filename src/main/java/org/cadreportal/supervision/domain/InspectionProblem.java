package org.cadreportal.supervision.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A problem a 暗访督导 found at an item, with its rectification deadline. */
@Entity
@Table(name = "inspection_problems")
@Audited
@AttributeOverride(name = "text", column = @Column(name = "description", nullable = false, length = 200))
public class InspectionProblem extends DeadlineMilestone {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private InspectionVisit visit;

    protected InspectionProblem() {
    }

    InspectionProblem(InspectionVisit visit, String description, LocalDate deadline, int expectedProgress,
                      Milestone milestone) {
        super(description, deadline, expectedProgress, milestone);
        this.visit = visit;
    }

}
