package org.cadreportal.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * An entry of an administrator's list (a situation, a method, a section, an aspect): names in both
 * languages, an order, and whether it is still offered.
 */
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

    protected void rename(String zh, String en, int order, boolean offered) {
        nameZh = zh.strip();
        nameEn = en.strip();
        sortOrder = order;
        active = offered;
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
