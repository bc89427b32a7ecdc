package org.cadreportal.cadre.service;

import java.io.OutputStream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.AppointmentForms;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Prints the 干部任免审批表: lays the record out once ({@link FormLayout}) and draws it as a PDF
 * ({@link AppointmentPdf}) or a Word file ({@link AppointmentDocx}). Each print is an export in the access log.
 */
@Service
@RequiredArgsConstructor
class AppointmentFormsImpl implements AppointmentForms {

    private final AppointmentPdf pdf;
    private final AppointmentDocx docx;
    private final MessageSource messages;
    private final AccessLog accessLog;
    private final CadreService cadres;

    @Override
    @OrganisationAndCommittee
    public void write(AppointmentRecord record, Format format, OutputStream out) {
        accessLog.exported(AccessTypes.APPOINTMENT_FORM, record.cadreId(), record.name() + "." + format.extension());
        render(record, format, out);
    }

    @Override
    @OrganisationAndCommittee
    public void write(long cadreId, Format format, OutputStream out) {
        write(cadres.appointmentRecord(cadreId), format, out);
    }

    /** Lays out and draws the form, with no access check or log: for {@link #write} and the renderers' tests. */
    void render(AppointmentRecord record, Format format, OutputStream out) {
        FormSheet.Form form = FormLayout.of(record, messages, pdf.measure());
        if (format == Format.PDF) {
            pdf.write(form, out);
        } else {
            docx.write(form, out);
        }
    }
}
