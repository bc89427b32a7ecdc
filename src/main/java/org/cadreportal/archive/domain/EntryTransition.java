package org.cadreportal.archive.domain;

import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cadreportal.archive.EntryStatus;
import org.hibernate.annotations.Immutable;

/** One status change of an entry, written once: who moved it, when, from where to where, and why. */
@Entity
@Immutable
@Table(name = "entry_transitions")
public class EntryTransition extends SequencedEntity {

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private EntryStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private EntryStatus to;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 64)
    private String actorName;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime at;

    @Column(length = 500)
    private String note;

    protected EntryTransition() {
    }

    public EntryTransition(long entryId, EntryStatus from, EntryStatus to, String actor, String actorName,
                           LocalDateTime at, String note) {
        this.entryId = entryId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.actorName = actorName;
        this.at = at;
        this.note = note;
    }

    public EntryStatus getFrom() {
        return from;
    }

    public EntryStatus getTo() {
        return to;
    }

    /** The username of who made the move. */
    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }
}
