package org.cadreportal.audit.domain;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user; changes made by the portal itself say "system". */
public class UserRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
        ((RevisionInfo) revisionEntity).setUsername(name);
    }
}
