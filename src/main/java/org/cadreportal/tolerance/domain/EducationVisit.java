package org.cadreportal.tolerance.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.tolerance.Assessment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One visit of 回访教育: planned (day, visitors), then made (day, assessment, notes). */
@Entity
@Table(name = "education_visits")
@Audited
@Getter
public class EducationVisit extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private DisciplineRecord record;

    private LocalDate plannedOn;

    /** The visitors' names joined with "、". */
    private String visitors;

    private LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Assessment assessment;

    private String notes;

    private String recordedBy;

    protected EducationVisit() {
    }

    EducationVisit(DisciplineRecord record, LocalDate plannedOn, String visitors) {
        this.record = record;
        this.plannedOn = plannedOn;
        this.visitors = visitors;
    }

    void record(LocalDate on, Assessment how, String text, String actor) {
        visitedOn = on;
        assessment = how;
        notes = text;
        recordedBy = actor;
    }

    /** Planned for a day already past and not recorded as made. */
    public boolean isOverdue(LocalDate today) {
        return visitedOn == null && plannedOn.isBefore(today);
    }

    public List<String> visitorList() {
        return List.of(visitors.split("、"));
    }
}
