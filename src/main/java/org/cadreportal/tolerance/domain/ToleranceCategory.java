package org.cadreportal.tolerance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.ReferenceItem;
import org.cadreportal.tolerance.CategoryForm;
import org.hibernate.envers.Audited;

/** A category of tolerable errors (one of the eight): reference data, seeded and editable. */
@Entity
@Table(name = "tolerance_categories")
@Audited
public class ToleranceCategory extends ReferenceItem {

    protected ToleranceCategory() {
    }

    public ToleranceCategory(CategoryForm f) {
        edit(f);
    }

    public void edit(CategoryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }

}
