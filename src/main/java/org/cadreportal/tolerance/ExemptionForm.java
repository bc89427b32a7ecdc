package org.cadreportal.tolerance;

import lombok.Getter;
import lombok.Setter;
import org.cadreportal.base.ListEntryForm;

/** An administrator's edit of an item of the 免责减责清单; {@code categoryId} may be empty. */
public class ExemptionForm extends ListEntryForm {

    @Getter @Setter private Long categoryId;

    public static ExemptionForm of(ExemptionRow r) {
        ExemptionForm f = new ExemptionForm();
        f.copy(r.nameZh(), r.nameEn(), r.sortOrder(), r.active());
        f.categoryId = r.categoryId();
        return f;
    }
}
