package org.cadreportal.tolerance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.ReferenceItem;
import org.cadreportal.tolerance.ExemptionForm;
import org.hibernate.envers.Audited;

/**
 * An item of the 免责减责清单: reference data, seeded and editable. It may sit under a category (kept as
 * the category's id, so editing a category never touches the items).
 */
@Entity
@Table(name = "tolerance_exemptions")
@Audited
public class ExemptionItem extends ReferenceItem {

    @Getter private Long categoryId;

    protected ExemptionItem() {
    }

    public ExemptionItem(ExemptionForm f) {
        edit(f);
    }

    public void edit(ExemptionForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
        categoryId = f.getCategoryId();
    }
}
