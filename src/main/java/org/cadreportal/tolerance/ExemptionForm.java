package org.cadreportal.tolerance;

import org.cadreportal.base.ListEntryForm;

/** An administrator's edit of an item of the 免责减责清单; {@code categoryId} may be empty. */
public class ExemptionForm extends ListEntryForm {

    private Long categoryId;

    public static ExemptionForm of(ExemptionRow r) {
        ExemptionForm f = new ExemptionForm();
        f.copy(r.nameZh(), r.nameEn(), r.sortOrder(), r.active());
        f.categoryId = r.categoryId();
        return f;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
