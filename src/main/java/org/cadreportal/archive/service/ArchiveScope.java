package org.cadreportal.archive.service;

import org.cadreportal.archive.domain.ArchiveCadre;
import org.cadreportal.archive.domain.ArchiveCadreRepository;
import org.cadreportal.archive.domain.ArchiveUnit;
import org.cadreportal.archive.domain.ArchiveUnitRepository;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see which archive records: staff see the cadres of their unit subtree; someone who is only a
 * cadre sees their own. Every archive query takes its limits from here.
 */
@Component
class ArchiveScope {

    /** The reach of one request: a unit path prefix for staff, or the one cadre a cadre may see. */
    record Reach(CurrentUser user, String scopePath, Long ownCadreId) {

        boolean ownOnly() {
            return ownCadreId != null;
        }
    }

    private final CurrentUsers users;
    private final ArchiveUnitRepository units;
    private final ArchiveCadreRepository cadres;
    private final AccessLog accessLog;

    ArchiveScope(CurrentUsers users, ArchiveUnitRepository units, ArchiveCadreRepository cadres, AccessLog accessLog) {
        this.users = users;
        this.units = units;
        this.cadres = cadres;
        this.accessLog = accessLog;
    }

    Reach reach() {
        CurrentUser user = users.require();
        boolean staff = user.roles().stream().anyMatch(r -> r != Role.CADRE);
        if (!staff) {
            // A cadre account without a linked cadre sees nothing rather than everything.
            return new Reach(user, null, user.cadreId() == null ? -1L : user.cadreId());
        }
        String path = units.findById(user.scopeUnitId()).map(ArchiveUnit::getPath)
                .orElseThrow(() -> new PortalException("error.noScope"));
        return new Reach(user, path, null);
    }

    /** The path of a unit chosen in a filter, or a path nothing matches when it does not exist. */
    String unitPath(Long unitId) {
        return unitId == null ? null : units.findById(unitId).map(ArchiveUnit::getPath).orElse("/none/");
    }

    boolean covers(Reach reach, ArchiveCadre cadre) {
        return reach.ownOnly() ? cadre.getId().equals(reach.ownCadreId()) : cadre.getUnit().isWithin(reach.scopePath());
    }

    /** A cadre the user may file for: themself, or for a clerk any active cadre in scope. */
    ArchiveCadre cadreToFileFor(Reach reach, Long cadreId) {
        if (cadreId == null) {
            if (reach.user().cadreId() == null || !reach.user().has(Role.CADRE)) {
                throw new RecordNotFoundException();
            }
            return cadres.findWithUnitById(reach.user().cadreId()).orElseThrow(RecordNotFoundException::new);
        }
        if (!reach.user().has(Role.CLERK) || reach.ownOnly()) {
            throw new RecordNotFoundException();
        }
        ArchiveCadre cadre = accessLog.visible(AccessTypes.CADRE, cadreId, cadres.findWithUnitById(cadreId),
                c -> c.getUnit().isWithin(reach.scopePath()));
        if (cadre.getStatus() != org.cadreportal.cadre.CadreStatus.ACTIVE) {
            throw new PortalException("cadre.error.retired");
        }
        return cadre;
    }

    /** A cadre whose archive the user may read: their own, or for staff any in scope. */
    ArchiveCadre cadreInReach(Reach reach, long cadreId) {
        return accessLog.visible(AccessTypes.CADRE, cadreId, cadres.findWithUnitById(cadreId), c -> covers(reach, c));
    }
}
