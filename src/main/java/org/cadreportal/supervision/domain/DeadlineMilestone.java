package org.cadreportal.supervision.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * What a field record asks of an item by a day: a 暗访督导 problem to rectify or a 专题会调度 decision to carry out,
 * with the progress due by its deadline. The deadline is a milestone of the item (none for a decision that
 * opened a new item), so the light rule watches it like any other.
 */
@MappedSuperclass
@Audited
public abstract class DeadlineMilestone extends SequencedEntity {

    @Getter private String text;

    @Getter private LocalDate deadline;

    @Getter private int expectedProgress;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private Milestone milestone;

    protected DeadlineMilestone() {
    }

    DeadlineMilestone(String text, LocalDate deadline, int expectedProgress, Milestone milestone) {
        this.text = text;
        this.deadline = deadline;
        this.expectedProgress = expectedProgress;
        this.milestone = milestone;
    }

    /** The item's milestone it became, or null (a decision that opened a new item). */
    public Milestone getMilestone() {
        return milestone;
    }
}
