package org.cadreportal.cadre.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.cadre.MobileNumber;
import org.cadreportal.cadre.domain.Cadre;
import org.cadreportal.cadre.domain.CadreRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.cadreportal.security.roles.PortalStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class CadreMobilesImpl implements CadreMobiles {

    private final CadreRepository cadres;
    private final DataScope scope;
    private final AccessLog accessLog;

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public String reveal(long cadreId) {
        Cadre c = inScope(cadreId);
        if (!RecordAccess.mayOpen(AccessTypes.PERSONAL)) {
            throw new RecordNotFoundException();
        }
        accessLog.read(AccessTypes.PERSONAL, cadreId, c.getCode() + " " + c.getName() + " mobile");
        return c.getMobile() == null ? "" : c.getMobile();
    }

    @Override
    @PortalStaff
    @Transactional(readOnly = true)
    public String masked(long cadreId) {
        return MobileNumber.masked(inScope(cadreId).getMobile());
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void change(long cadreId, String mobile) {
        String number = MobileNumber.normalise(mobile);
        if (number != null && !MobileNumber.valid(number)) {
            throw new FieldException("mobile", "cadre.error.mobile");
        }
        inScope(cadreId).changeMobile(number);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> forSending(long cadreId) {
        return cadres.findById(cadreId).map(Cadre::getMobile).filter(MobileNumber::valid);
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> forSending(java.util.Collection<Long> cadreIds) {
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(cadreIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            cadres.mobilesOf(ids.subList(from, Math.min(ids.size(), from + CHUNK))).stream()
                    .filter(row -> MobileNumber.valid((String) row[1]))
                    .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        }
        return numbers;
    }

    /** Ids per read of {@link #forSending(java.util.Collection)}: well under every database's parameter limit. */
    private static final int CHUNK = 1_000;

    private Cadre inScope(long id) {
        return accessLog.visible(AccessTypes.CADRE, id, cadres.findById(id), c -> scope.covers(c.getUnit()));
    }
}
