package org.cadreportal.security;

import java.util.Set;

/** The signed-in user as other features see it: identity, roles, data scope root unit, and own cadre if any. */
public record CurrentUser(long userId, String username, String displayName, Set<Role> roles, long scopeUnitId,
                          Long cadreId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
