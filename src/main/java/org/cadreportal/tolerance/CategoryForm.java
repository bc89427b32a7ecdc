package org.cadreportal.tolerance;

import org.cadreportal.base.ListEntryForm;

/** An administrator's edit of a category. */
public class CategoryForm extends ListEntryForm {

    public static CategoryForm of(CategoryRow r) {
        CategoryForm f = new CategoryForm();
        f.copy(r.nameZh(), r.nameEn(), r.sortOrder(), r.active());
        return f;
    }
}
