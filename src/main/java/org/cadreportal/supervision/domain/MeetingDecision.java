package org.cadreportal.supervision.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.hibernate.envers.Audited;

/** A 专题会调度 decision: a milestone added to an item, or ({@code newItem}) the item it opened. */
@Entity
@Table(name = "meeting_decisions")
@Audited
@Getter
public class MeetingDecision extends DeadlineMilestone {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private SchedulingMeeting meeting;

    private long itemId;

    private boolean newItem;

    protected MeetingDecision() {
    }

    MeetingDecision(SchedulingMeeting meeting, long itemId, boolean newItem, String text, LocalDate deadline,
                    int expectedProgress, Milestone milestone) {
        super(text, deadline, expectedProgress, milestone);
        this.meeting = meeting;
        this.itemId = itemId;
        this.newItem = newItem;
    }
}
