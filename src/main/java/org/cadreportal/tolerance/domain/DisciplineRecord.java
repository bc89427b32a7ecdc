package org.cadreportal.tolerance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.CadreRecord;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.tolerance.Assessment;
import org.cadreportal.tolerance.DisciplineType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * 回访教育: a cadre's discipline and the visits planned and made during its impact period. Visits change
 * only through this aggregate, which notes who acted last (and so moves its version): two people
 * recording on the same record never overwrite each other unseen.
 */
@Entity
@Table(name = "discipline_records")
@Audited
@Getter
public class DisciplineRecord extends CadreRecord {

    /** At least this many people go on a visit [R]. */
    public static final int MIN_VISITORS = 2;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "discipline_type", nullable = false, length = 20)
    private DisciplineType type;

    private LocalDate decidedOn;

    private LocalDate impactUntil;

    private String note;

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL)
    @OrderBy("plannedOn, id")
    private List<EducationVisit> visits = new ArrayList<>();

    protected DisciplineRecord() {
    }

    /** Refuses an impact period that ends before the discipline was decided. */
    public DisciplineRecord(long cadreId, String cadreName, UnitView unit, String postTitle, DisciplineType type,
                            LocalDate decidedOn, LocalDate impactUntil, String note, String actor, LocalDateTime now) {
        if (impactUntil.isBefore(decidedOn)) {
            throw new FieldException("impactUntil", "tolerance.error.impactBeforeDecision");
        }
        about(cadreId, cadreName, unit, postTitle);
        this.type = type;
        this.decidedOn = decidedOn;
        this.impactUntil = impactUntil;
        this.note = note;
        recordedBy(actor, now);
    }

    /**
     * Plans a visit. Refused on {@code visitors} unless at least two different people are named (names
     * are trimmed; blanks and repeats do not count), and on {@code plannedOn} before the discipline.
     */
    public EducationVisit planVisit(LocalDate plannedOn, List<String> visitors, String actor, LocalDateTime now) {
        if (plannedOn == null) {
            throw new FieldException("plannedOn", "validation.required");
        }
        if (plannedOn.isBefore(decidedOn)) {
            throw new FieldException("plannedOn", "tolerance.error.visitBeforeDiscipline", decidedOn);
        }
        List<String> names = visitorNames(visitors);
        EducationVisit visit = new EducationVisit(this, plannedOn, String.join("、", names));
        visits.add(visit);
        touch(actor, now);
        return visit;
    }

    /** The distinct names, in the order given; refused unless there are at least {@link #MIN_VISITORS}. */
    public static List<String> visitorNames(List<String> visitors) {
        Set<String> names = new LinkedHashSet<>();
        if (visitors != null) {
            visitors.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(names::add);
        }
        if (names.size() < MIN_VISITORS) {
            throw new FieldException("visitors", "tolerance.error.twoVisitors", MIN_VISITORS);
        }
        if (String.join("、", names).length() > 200) {
            throw new FieldException("visitors", "validation.tooLong", 200);
        }
        return List.copyOf(names);
    }

    /** Records a planned visit as made; the visit day may not lie in the future, nor before the discipline. */
    public void recordVisit(long visitId, LocalDate visitedOn, Assessment assessment, String notes, LocalDate today,
                            String actor, LocalDateTime now) {
        EducationVisit visit = visits.stream().filter(v -> v.getId() != null && v.getId() == visitId).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        if (visit.getVisitedOn() != null) {
            throw new PortalException("tolerance.error.visitRecorded");
        }
        if (visitedOn == null) {
            throw new FieldException("visitedOn", "validation.required");
        }
        if (visitedOn.isAfter(today)) {
            throw new FieldException("visitedOn", "validation.notFuture");
        }
        if (visitedOn.isBefore(decidedOn)) {
            throw new FieldException("visitedOn", "tolerance.error.visitBeforeDiscipline", decidedOn);
        }
        if (assessment == null) {
            throw new FieldException("assessment", "validation.required");
        }
        visit.record(visitedOn, assessment, notes, actor);
        touch(actor, now);
    }
}
