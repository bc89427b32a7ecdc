package org.cadreportal.security;

import java.util.Optional;

/** Who is acting in this request. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The acting user; refuses when nobody is signed in. */
    CurrentUser require();

    /** Whether someone is signed in and holds {@code role}. */
    default boolean has(Role role) {
        return current().filter(u -> u.has(role)).isPresent();
    }

    /** Whether someone is signed in and holds a role of {@code roleSet} (an annotation such as {@code PortalStaff}). */
    default boolean holds(Class<? extends java.lang.annotation.Annotation> roleSet) {
        return current().filter(u -> u.holds(roleSet)).isPresent();
    }
}
