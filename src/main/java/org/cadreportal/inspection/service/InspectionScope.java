package org.cadreportal.inspection.service;

import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.inspection.domain.InspectionUnit;
import org.cadreportal.inspection.domain.InspectionUnitRepository;
import org.cadreportal.inspection.domain.SeenCadre;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which inspections a user reaches: staff those of the units of their subtree; someone who is only a
 * cadre none. Every inspection query takes its limits from here (the archive's rule, kept the same).
 */
@Component
class InspectionScope {

    /** The reach of one request: a unit path prefix for staff, or the one cadre a cadre may see. */
    record Reach(CurrentUser user, String scopePath, Long ownCadreId) {

        boolean ownOnly() {
            return ownCadreId != null;
        }
    }

    private final CurrentUsers users;
    private final InspectionUnitRepository units;

    InspectionScope(CurrentUsers users, InspectionUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    Reach reach() {
        CurrentUser user = users.require();
        boolean staff = user.roles().stream().anyMatch(r -> r != Role.CADRE);
        if (!staff) {
            // A cadre account without a linked cadre sees nothing rather than everything.
            return new Reach(user, null, user.cadreId() == null ? -1L : user.cadreId());
        }
        String path = units.findById(user.scopeUnitId()).map(InspectionUnit::getPath)
                .orElseThrow(() -> new PortalException("error.noScope"));
        return new Reach(user, path, null);
    }

    /** The path of a unit chosen in a filter, or a path nothing matches when it does not exist. */
    String unitPath(Long unitId) {
        return unitId == null ? null : units.findById(unitId).map(InspectionUnit::getPath).orElse("/none/");
    }

    /** The chosen unit's path when it lies in the user's scope, else the scope itself; none for a cadre. */
    String figurePath(Long unitId) {
        Reach reach = reach();
        if (reach.ownOnly()) {
            return "/none/";
        }
        return unitId == null ? reach.scopePath() : units.findById(unitId).map(InspectionUnit::getPath)
                .filter(p -> p.startsWith(reach.scopePath())).orElse(reach.scopePath());
    }

    boolean covers(Reach reach, SeenCadre cadre) {
        return reach.ownOnly() ? cadre.getId().equals(reach.ownCadreId()) : cadre.getUnit().isWithin(reach.scopePath());
    }

    InspectionUnit unitInScope(Reach reach, Long unitId, String field) {
        return units.findById(unitId).filter(u -> !reach.ownOnly() && u.isWithin(reach.scopePath()))
                .orElseThrow(() -> new FieldException(field, "cadre.error.unitOutOfScope"));
    }
}
