package org.cadreportal.security;

import java.util.List;

/** Who holds a role, for pickers such as the members entitled to vote at 讨论决定. */
public interface UserDirectory {

    /** Enabled users holding the role, ordered by name. */
    List<Member> members(Role role);

    record Member(String username, String displayName, long scopeUnitId) {
    }
}
