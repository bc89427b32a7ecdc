package org.cadreportal.base;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Getter;
import lombok.Setter;

/** An administrator's edit of a list entry: names in both languages, its place in the list, offered or not. */
@Getter
@Setter
public class ListEntryForm extends NamesForm {

    @Min(value = 0, message = "{validation.number}")
    @Max(value = 999, message = "{validation.number}")
    private int sortOrder;

    private boolean active = true;

    protected void copy(String zh, String en, int order, boolean offered) {
        setNameZh(zh);
        setNameEn(en);
        sortOrder = order;
        active = offered;
    }

    public static ListEntryForm of(String zh, String en, int order, boolean offered) {
        ListEntryForm f = new ListEntryForm();
        f.copy(zh, en, order, offered);
        return f;
    }
}
