package org.cadreportal.cadre.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.LrmxExchange;
import org.cadreportal.cadre.LrmxImportResult;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class LrmxExchangeImpl implements LrmxExchange {

    private final LrmxCodec codec;
    private final CadreService cadres;
    private final LrmxImport imports;
    private final AccessLog accessLog;

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public void exportCadre(long cadreId, OutputStream out) {
        write(cadres.appointmentRecord(cadreId), out);
    }

    @Override
    @OrganisationAndCommittee
    @Transactional(readOnly = true)
    public void write(AppointmentRecord record, OutputStream out) {
        accessLog.exported(AccessTypes.APPOINTMENT_FORM, record.cadreId(), LrmxExchange.fileName(record));
        codec.write(record, out);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public LrmxImportResult importFiles(String fileName, byte[] content, NewCadres newCadres) {
        return imports.run(codec.readUpload(fileName, content), newCadres == null ? NewCadres.NONE : newCadres);
    }
}
