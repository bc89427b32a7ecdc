package org.cadreportal.base;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The two names an administrator gives what he edits (a list entry, a step, a filing period): Chinese, which
 * the portal shows by default, and English, each required and as long as its column allows.
 */
public abstract class NamesForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    private String nameZh;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.length}")
    private String nameEn;

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
}
