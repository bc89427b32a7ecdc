package org.cadreportal.supervision.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import org.cadreportal.supervision.ItemDetails;
import jakarta.persistence.*;
import java.time.LocalDate;
import org.cadreportal.supervision.Light;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an item's light, on a day. */
@Entity
@Immutable
@Table(name = "light_changes")
public class LightChangeRecord extends SequencedEntity {

    @Getter private long itemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_light", length = 10)
    @Getter private Light from;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_light", nullable = false, length = 10)
    @Getter private Light to;

    private LocalDate changedOn;

    protected LightChangeRecord() {
    }

    public LightChangeRecord(long itemId, Light from, Light to, LocalDate changedOn) {
        this.itemId = itemId;
        this.from = from;
        this.to = to;
        this.changedOn = changedOn;
    }

    /** How the item's page lists this change of light. */
    public ItemDetails.LightChange row() {
        return new ItemDetails.LightChange(changedOn, from, to);
    }
}
