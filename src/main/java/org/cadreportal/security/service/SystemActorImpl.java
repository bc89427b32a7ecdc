package org.cadreportal.security.service;

import com.vaadin.flow.internal.CurrentInstance;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.security.SignedInAs;
import org.cadreportal.security.SystemActor;
import org.cadreportal.security.UnitCatalog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
class SystemActorImpl implements SystemActor {

    private final UnitCatalog units;

    @Override
    // Called by jobs with no user at all; it refuses to run inside a user's request instead.
    @PermitAll
    public void runAs(Role role, Runnable work) {
        // Vaadin's context strategy prefers the context of a current Vaadin session over this thread's;
        // a background thread may still carry one, so it is set aside while the portal acts.
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            runWithoutVaadin(role, work);
        } finally {
            CurrentInstance.restoreInstances(vaadin);
        }
    }

    private void runWithoutVaadin(Role role, Runnable work) {
        // Only work nobody started may run as the portal: a signed-in user never borrows its scope.
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            throw new IllegalStateException("runAs is for work without a user, not within a user's request");
        }
        CurrentUser system = new CurrentUser(0, USERNAME, DISPLAY_NAME, Set.of(role), units.rootUnitId(), null);
        PortalUserDetails details = new PortalUserDetails(system, "", true);
        SignedInAs.run(details, work);
    }
}
