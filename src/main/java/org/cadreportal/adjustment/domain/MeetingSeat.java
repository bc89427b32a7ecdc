package org.cadreportal.adjustment.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cadreportal.adjustment.Absence;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.workflow.Vote;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A member entitled to attend a case's 讨论决定, with attendance and their own vote. */
@Entity
@Table(name = "meeting_seats")
@Audited
public class MeetingSeat extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private AdjustmentCase adjustmentCase;

    @Getter private String username;

    @Getter private String displayName;

    @Getter private boolean attended;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Vote vote;

    @Getter private LocalDateTime votedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private MeetingDuty duty;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Absence absence;

    protected MeetingSeat() {
    }

    MeetingSeat(AdjustmentCase adjustmentCase, String username, SeatPlan plan) {
        this.adjustmentCase = adjustmentCase;
        this.username = username;
        this.displayName = plan.displayName();
        assign(plan);
    }

    /** Present unless an absence is given; an absent member loses his vote. */
    void assign(SeatPlan plan) {
        absence = plan.absence();
        attended = absence == null;
        duty = plan.duty();
        if (!attended) {
            vote = null;
            votedAt = null;
        }
    }

    void vote(Vote choice, LocalDateTime at) {
        vote = choice;
        votedAt = at;
    }
}
