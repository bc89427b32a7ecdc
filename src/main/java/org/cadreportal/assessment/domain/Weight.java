package org.cadreportal.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** The points an indicator carries in a group (for 加分 and 扣分, their cap). */
@Entity
@Table(name = "assessment_weights")
@Audited
@Getter
public class Weight extends VersionedEntity {

    private long groupId;
    private long indicatorId;
    @Setter private BigDecimal weight;

    protected Weight() {
    }

    public Weight(long groupId, long indicatorId, BigDecimal weight) {
        this.groupId = groupId;
        this.indicatorId = indicatorId;
        this.weight = weight;
    }
}
