package org.cadreportal.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator enters for a user. The password is only read when creating one. */
public class UserForm {

    @NotBlank(message = "{validation.required}")
    @Size(min = 3, max = 64, message = "{validation.length}")
    @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "{validation.username}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 64, message = "{validation.length}")
    private String displayName = "";

    @NotEmpty(message = "{validation.roles}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotNull(message = "{validation.required}")
    private Long scopeUnitId;

    private boolean enabled = true;

    /** Chairs 讨论决定 by default (the committee's 主持人). */
    private boolean meetingChair;

    /** On create: the user must replace the initial password at his first sign-in (ASVS 2.1); off for demo accounts. */
    private boolean passwordChangeRequired = true;

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getScopeUnitId() {
        return scopeUnitId;
    }

    public void setScopeUnitId(Long scopeUnitId) {
        this.scopeUnitId = scopeUnitId;
    }

    public boolean isMeetingChair() {
        return meetingChair;
    }

    public void setMeetingChair(boolean meetingChair) {
        this.meetingChair = meetingChair;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
