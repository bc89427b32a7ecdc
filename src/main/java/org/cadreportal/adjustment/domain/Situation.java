package org.cadreportal.adjustment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A situation (情形) that may justify adjusting a cadre down: reference data, seeded and editable. */
@Entity
@Table(name = "adjustment_situations")
@Audited
public class Situation extends ReferenceItem {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ImpactRule promotionInImpact = ImpactRule.WITH_REASON;

    protected Situation() {
    }

    public Situation(ReferenceForm f) {
        edit(f);
    }

    public void edit(ReferenceForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
        promotionInImpact = f.isBarsPromotion() ? ImpactRule.BARRED : ImpactRule.WITH_REASON;
    }

    /** Whether a cadre moved down for this situation may be proposed for a 上 inside the impact period. */
    public ImpactRule getPromotionInImpact() {
        return promotionInImpact;
    }

}
