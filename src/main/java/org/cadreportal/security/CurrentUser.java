package org.cadreportal.security;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Set;

/** The signed-in user as other features see it: identity, roles, data scope root unit, and own cadre if any. */
public record CurrentUser(long userId, String username, String displayName, Set<Role> roles, long scopeUnitId,
                          Long cadreId) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the user holds one of the roles of a named role set ({@code org.cadreportal.security.roles}),
     * so a view offers what the service method carrying that set allows, without listing its roles again.
     */
    public boolean holds(Class<? extends Annotation> roleSet) {
        RolesAllowed set = roleSet.getAnnotation(RolesAllowed.class);
        if (set == null) {
            throw new IllegalArgumentException(roleSet.getName() + " is not a named role set");
        }
        return Arrays.stream(set.value()).anyMatch(r -> roles.contains(Role.valueOf(r)));
    }
}
