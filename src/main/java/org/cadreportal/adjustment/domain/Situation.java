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

/** A situation (情形) that may justify adjusting a cadre down: reference data, seeded and editable. */
@Entity
@Table(name = "adjustment_situations")
@Audited
public class Situation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_situations_seq")
    @SequenceGenerator(name = "adjustment_situations_seq", sequenceName = "adjustment_situations_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected Situation() {
    }

    public Situation(ReferenceForm f) {
        edit(f);
    }

    public void edit(ReferenceForm f) {
        nameZh = f.getNameZh().strip();
        nameEn = f.getNameEn().strip();
        sortOrder = f.getSortOrder();
        active = f.isActive();
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
}
