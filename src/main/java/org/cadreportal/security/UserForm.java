package org.cadreportal.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** What an administrator enters for a user. The password is only read when creating one. */
@Getter
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 64, message = "{validation.length}")
    @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "{validation.username}")
    @Setter private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.length}")
    @Setter private String displayName = "";

    @NotEmpty(message = "{validation.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotNull(message = "{validation.required}")
    @Setter private Long scopeUnitId;

    @Setter private boolean enabled = true;

    /** Chairs 讨论决定 by default (the committee's 主持人). */
    @Setter private boolean meetingChair;

    /** On create: the user must replace the initial password at his first sign-in (ASVS 2.1); off for demo accounts. */
    @Setter private boolean passwordChangeRequired = true;

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
