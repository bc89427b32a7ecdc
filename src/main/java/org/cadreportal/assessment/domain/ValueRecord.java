package org.cadreportal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * One unit's data for one indicator: a statistic (value, last year's value, target) or a hand-entered value in
 * {@code actual}. Every change is kept (Envers) with who entered it.
 */
@Entity
@Table(name = "assessment_values")
@Audited
@Getter
public class ValueRecord extends VersionedEntity {

    private long planId;
    private long indicatorId;
    private long unitId;
    private BigDecimal actual;
    private BigDecimal previous;
    private BigDecimal target;
    private String enteredBy;
    private LocalDateTime enteredAt;

    protected ValueRecord() {
    }

    public ValueRecord(long planId, long indicatorId, long unitId) {
        this.planId = planId;
        this.indicatorId = indicatorId;
        this.unitId = unitId;
    }

    /** Sets the values; a null keeps what was there (an empty template cell changes nothing). */
    public void set(BigDecimal actual, BigDecimal previous, BigDecimal target, String by, LocalDateTime at) {
        if (actual != null) {
            this.actual = actual;
        }
        if (previous != null) {
            this.previous = previous;
        }
        if (target != null) {
            this.target = target;
        }
        enteredBy = by;
        enteredAt = at;
    }
}
