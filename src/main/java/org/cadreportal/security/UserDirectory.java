package org.cadreportal.security;

import java.util.List;

/** Who holds a role, for pickers such as the members entitled to vote at 讨论决定. */
public interface UserDirectory {

    /** Enabled users holding the role, ordered by name. */
    List<Member> members(Role role);

    /**
     * Enabled users holding the role whose data scope reaches a record of {@code unit} (their scope unit is
     * the unit or one above it), ordered by name: who may work such a record in that role. The same rule as
     * {@link DataScope#covers}, applied to every holder of the role instead of the signed-in user.
     */
    List<Member> reaching(Role role, org.cadreportal.base.domain.UnitView unit);

    /** The account's e-mail address, if it has one and is enabled (for the e-mail channel). */
    java.util.Optional<String> emailOf(String username);

    /** {@code chair}: the member a new 讨论决定 names as its chair by default. */
    record Member(String username, String displayName, long scopeUnitId, boolean chair) {
    }
}
