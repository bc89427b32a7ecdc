package org.cadreportal.archive.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.Getter;

/** The last reminder a cadre got to file for a period. */
@Entity
@Table(name = "filing_reminders")
public class FilingReminder {

    @Embeddable
    public record Key(long periodId, long cadreId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Getter private LocalDateTime remindedAt;

    protected FilingReminder() {
    }

    public FilingReminder(long periodId, long cadreId, LocalDateTime remindedAt) {
        this.id = new Key(periodId, cadreId);
        this.remindedAt = remindedAt;
    }

    public void again(LocalDateTime at) {
        remindedAt = at;
    }
}
