package org.cadreportal.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** An adjustment method (调整方式) such as 免职 or 降职: reference data, seeded and editable. */
@Entity
@Table(name = "adjustment_methods")
@Audited
public class AdjustmentMethod extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_methods_seq")
    @SequenceGenerator(name = "adjustment_methods_seq", sequenceName = "adjustment_methods_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    /** Months after the change before the cadre may be promoted again (影响期). */
    @Column(name = "impact_months", nullable = false)
    private int impactMonths;

    protected AdjustmentMethod() {
    }

    public AdjustmentMethod(ReferenceForm f) {
        edit(f);
    }

    public void edit(ReferenceForm f) {
        nameZh = f.getNameZh().strip();
        nameEn = f.getNameEn().strip();
        sortOrder = f.getSortOrder();
        active = f.isActive();
        impactMonths = f.getImpactMonths();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public int getImpactMonths() {
        return impactMonths;
    }
}
