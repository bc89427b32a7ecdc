package org.cadreportal.security;

import java.util.Set;

/** The signed-in user as other features see it: identity, roles and data scope root unit. */
public record CurrentUser(long userId, String username, String displayName, Set<Role> roles, long scopeUnitId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
