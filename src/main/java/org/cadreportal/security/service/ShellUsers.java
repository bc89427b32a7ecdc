package org.cadreportal.security.service;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.ui.ShellUser;
import org.cadreportal.base.ui.ShellUserSource;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.UnitCatalog;
import org.springframework.stereotype.Component;

/** The header line of the shell: the user's name, roles and scope unit; and logout. */
@Component
@RequiredArgsConstructor
class ShellUsers implements ShellUserSource {

    private final CurrentUsers users;
    private final UnitCatalog units;
    private final AuthenticationContext authentication;

    @Override
    // The shell asks who is signed in; the layout itself is for any signed-in user.
    @PermitAll
    public Optional<ShellUser> currentShellUser() {
        return users.current().map(u -> new ShellUser(u.displayName(),
                u.roles().stream().sorted(Comparator.naturalOrder()).map(Role::labelKey).toList(),
                units.unitName(u.scopeUnitId())));
    }

    @Override
    @PermitAll
    public void logout() {
        authentication.logout();
    }
}
