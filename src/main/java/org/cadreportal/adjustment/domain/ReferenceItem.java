package org.cadreportal.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.cadreportal.adjustment.ReferenceForm;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** What every editable list entry of this feature has: names in both languages, an order, and whether it is offered. */
@MappedSuperclass
@Audited
public abstract class ReferenceItem extends VersionedEntity {

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    public void edit(ReferenceForm f) {
        nameZh = f.getNameZh().strip();
        nameEn = f.getNameEn().strip();
        sortOrder = f.getSortOrder();
        active = f.isActive();
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
