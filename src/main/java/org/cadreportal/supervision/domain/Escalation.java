package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import java.time.LocalDate;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.supervision.Rung;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A rung of the ladder reached by a responsible cadre on an item; an interview carries its record. */
@Entity
@Table(name = "escalations")
@Audited
@Getter
public class Escalation extends VersionedEntity {

    private long itemId;

    private long cadreId;

    private String cadreName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Rung rung;

    private int redCount;

    private int cadreRedCount;

    private LocalDate raisedOn;

    private LocalDate interviewDate;

    private String interviewer;

    private String notes;

    private boolean done;

    protected Escalation() {
    }

    /**
     * @param redCount      the item's count of reds, this one included (its own history)
     * @param cadreRedCount the cadre's count of reds on all his items within the plan year, which chose the rung
     */
    public Escalation(long itemId, long cadreId, String cadreName, Rung rung, int redCount, int cadreRedCount,
                      LocalDate raisedOn) {
        this.itemId = itemId;
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.rung = rung;
        this.redCount = redCount;
        this.cadreRedCount = cadreRedCount;
        this.raisedOn = raisedOn;
        // A reminder is sent and an adjustment handed over at once; an interview waits for its record.
        this.done = rung != Rung.INTERVIEW;
    }

    public void recordInterview(LocalDate date, String by, String record) {
        interviewDate = date;
        interviewer = by;
        notes = record;
        done = true;
    }
}
