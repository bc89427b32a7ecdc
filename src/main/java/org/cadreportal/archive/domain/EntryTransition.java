package org.cadreportal.archive.domain;

import org.cadreportal.base.domain.SequencedEntity;
import org.cadreportal.archive.EntryTransitionRow;
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

    private long entryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private EntryStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private EntryStatus to;

    private String actor;

    private String actorName;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime at;

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

    /** Whether this move was the given user's submission of the entry. */
    public boolean submittedBy(String username) {
        return to == EntryStatus.SUBMITTED && username.equalsIgnoreCase(actor);
    }

    /** How the entry page's history shows this move. */
    public EntryTransitionRow row() {
        return new EntryTransitionRow(from, to, actorName, at, note);
    }
}
