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
public class Escalation extends VersionedEntity {

    @Column(name = "item_id", nullable = false)
    @Getter private long itemId;

    @Column(name = "cadre_id", nullable = false)
    @Getter private long cadreId;

    @Column(name = "cadre_name", nullable = false, length = 50)
    @Getter private String cadreName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    @Getter private Rung rung;

    @Column(name = "red_count", nullable = false)
    @Getter private int redCount;

    @Column(name = "cadre_red_count", nullable = false)
    @Getter private int cadreRedCount;

    @Column(name = "raised_on", nullable = false)
    @Getter private LocalDate raisedOn;

    @Column(name = "interview_date")
    @Getter private LocalDate interviewDate;

    @Column(length = 64)
    @Getter private String interviewer;

    @Column(length = 2000)
    @Getter private String notes;

    @Column(nullable = false)
    @Getter private boolean done;

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
