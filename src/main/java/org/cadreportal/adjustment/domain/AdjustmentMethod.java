package org.cadreportal.adjustment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** An adjustment method (调整方式) such as 免职 or 降职: reference data, seeded and editable. */
@Entity
@Table(name = "adjustment_methods")
@Audited
public class AdjustmentMethod extends ReferenceItem {

    /** Months after the change before the cadre may be promoted again (影响期). */
    @Getter private int impactMonths;

    protected AdjustmentMethod() {
    }

    public AdjustmentMethod(ReferenceForm f) {
        edit(f);
    }

    public void edit(ReferenceForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
        impactMonths = f.getImpactMonths();
    }
}
