package org.cadreportal.supervision.service;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.springframework.stereotype.Component;

/**
 * Who may read an item and report on it: in the user's scope by lead unit, or one of the signed-in cadre's own
 * items ({@link #inScopeOrOwn}, the rule for changing an item in {@code SupervisionServiceImpl}); reading an item's
 * page, files, project facts and field records also lets the signed-in leader read the items he 包保, which his
 * home list links to ({@link #mayRead}). Anyone else finds the item missing.
 */
@Component
@RequiredArgsConstructor
class ItemAccess {

    private final AccessLog accessLog;
    private final CurrentUsers users;
    private final DataScope scope;

    SupervisionItem readable(long id, Optional<SupervisionItem> found) {
        return accessLog.visible(AccessTypes.SUPERVISION_ITEM, id, found, this::mayRead);
    }

    boolean mayRead(SupervisionItem item) {
        return inScopeOrOwn(item) || users.require().username().equals(item.getFacts().getLeaderUsername());
    }

    /** Staff read the items their scope covers by lead unit; a cadre (with no other role) only his own. */
    boolean inScopeOrOwn(SupervisionItem item) {
        CurrentUser me = users.require();
        boolean inScope = (!me.has(Role.CADRE) || me.roles().size() > 1) && scope.covers(item.getLeadUnit());
        return own(item, me) || inScope;
    }

    boolean mayReport(SupervisionItem item) {
        CurrentUser me = users.require();
        return me.has(Role.SUPERVISION) || own(item, me);
    }

    private static boolean own(SupervisionItem item, CurrentUser me) {
        return me.cadreId() != null && item.getCadres().stream().anyMatch(c -> c.getId().equals(me.cadreId()));
    }
}
