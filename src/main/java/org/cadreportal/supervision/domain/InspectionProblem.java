package org.cadreportal.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A problem a 暗访督导 found at an item: what it is, the rectification deadline and the progress the item must
 * have reached by then; the deadline is a milestone of the item, so the light rule watches it.
 */
@Entity
@Table(name = "inspection_problems")
@Audited
public class InspectionProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_problems_seq")
    @SequenceGenerator(name = "inspection_problems_seq", sequenceName = "inspection_problems_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private InspectionVisit visit;

    @Column(nullable = false, length = 200)
    private String description;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "expected_progress", nullable = false)
    private int expectedProgress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    protected InspectionProblem() {
    }

    InspectionProblem(InspectionVisit visit, String description, LocalDate deadline, int expectedProgress,
                      Milestone milestone) {
        this.visit = visit;
        this.description = description;
        this.deadline = deadline;
        this.expectedProgress = expectedProgress;
        this.milestone = milestone;
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getExpectedProgress() {
        return expectedProgress;
    }

    public Milestone getMilestone() {
        return milestone;
    }
}
