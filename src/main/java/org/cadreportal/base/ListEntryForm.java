package org.cadreportal.base;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's edit of a list entry: names in both languages, its place in the list, offered or not. */
public class ListEntryForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    private String nameZh;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.length}")
    private String nameEn;

    @Min(value = 0, message = "{validation.number}")
    @Max(value = 999, message = "{validation.number}")
    private int sortOrder;

    private boolean active = true;

    protected void copy(String zh, String en, int order, boolean offered) {
        nameZh = zh;
        nameEn = en;
        sortOrder = order;
        active = offered;
    }

    public static ListEntryForm of(String zh, String en, int order, boolean offered) {
        ListEntryForm f = new ListEntryForm();
        f.copy(zh, en, order, offered);
        return f;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
