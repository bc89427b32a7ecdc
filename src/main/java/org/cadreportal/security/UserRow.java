package org.cadreportal.security;

import java.time.Instant;
import java.util.Set;

/** A user as the administrator's grid shows it. */
public record UserRow(long id, int version, String username, String displayName, Set<Role> roles, long scopeUnitId,
                      String scopeUnitName, boolean enabled, boolean locked, Instant lastLoginAt,
                      boolean meetingChair) {
}
