package org.cadreportal.base;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The two names an administrator gives what he edits (a list entry, a step, a filing period): Chinese, which
 * the portal shows by default, and English, each required and as long as its column allows.
 */
@Getter
@Setter
public abstract class NamesForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.length}")
    private String nameZh;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.length}")
    private String nameEn;
}
