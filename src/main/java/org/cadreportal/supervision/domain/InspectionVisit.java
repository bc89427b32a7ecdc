package org.cadreportal.supervision.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** One item a 暗访督导 team visited, with the problems it found there. */
@Entity
@Table(name = "inspection_visits")
@Audited
@Getter
public class InspectionVisit extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private FieldInspection inspection;

    private long itemId;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("deadline, id")
    private List<InspectionProblem> problems = new ArrayList<>();

    protected InspectionVisit() {
    }

    InspectionVisit(FieldInspection inspection, long itemId) {
        this.inspection = inspection;
        this.itemId = itemId;
    }

    /** A problem found, whose rectification deadline is the milestone given. */
    public void problem(String description, LocalDate deadline, int expectedProgress, Milestone milestone) {
        problems.add(new InspectionProblem(this, description, deadline, expectedProgress, milestone));
    }
}
