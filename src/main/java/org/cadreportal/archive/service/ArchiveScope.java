package org.cadreportal.archive.service;

import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.domain.readonly.CadreScope;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadreRepository;
import org.cadreportal.security.DataScope.Reach;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see which archive records: staff see the cadres of their unit subtree; someone who is only a
 * cadre sees their own ({@link DataScope} decides; this adds the archive's own rules on whom one may file for).
 */
@Component
class ArchiveScope extends CadreScope {

    private final ReadOnlyCadreRepository cadres;
    private final AccessLog accessLog;

    ArchiveScope(DataScope scope, ReadOnlyCadreRepository cadres, AccessLog accessLog) {
        super(scope);
        this.cadres = cadres;
        this.accessLog = accessLog;
    }

    /** A cadre the user may file for: themself, or for a clerk any active cadre in scope. */
    ReadOnlyCadre cadreToFileFor(Reach reach, Long cadreId) {
        if (cadreId == null) {
            if (reach.user().cadreId() == null || !reach.user().has(Role.CADRE)) {
                throw new RecordNotFoundException();
            }
            return cadres.findWithUnitById(reach.user().cadreId()).orElseThrow(RecordNotFoundException::new);
        }
        if (!reach.user().has(Role.CLERK) || reach.ownOnly()) {
            throw new RecordNotFoundException();
        }
        ReadOnlyCadre cadre = accessLog.visible(AccessTypes.CADRE, cadreId, cadres.findWithUnitById(cadreId),
                c -> c.getUnit().isWithin(reach.path()));
        if (cadre.getStatus() != org.cadreportal.cadre.CadreStatus.ACTIVE) {
            throw new PortalException("cadre.error.retired");
        }
        return cadre;
    }

    /** The signed-in cadre for null, else {@link #cadreInReach}. */
    ReadOnlyCadre selfOrInReach(Reach reach, Long cadreId) {
        return cadreId == null ? cadreToFileFor(reach, null) : cadreInReach(reach, cadreId);
    }

    /** A cadre whose archive the user may read: their own, or for staff any in scope. */
    ReadOnlyCadre cadreInReach(Reach reach, long cadreId) {
        return accessLog.visible(AccessTypes.CADRE, cadreId, cadres.findWithUnitById(cadreId), c -> covers(reach, c));
    }
}
