package org.cadreportal.cadre;

import java.io.OutputStream;

/**
 * The 干部任免审批表 printed from an {@link AppointmentRecord}: the national two-page A4 form as a PDF or as a
 * Word file that opens and edits in Word and LibreOffice. Both say exactly what the record says; text too long
 * for its box is set smaller and, at the smallest size, goes on to a 续页 — nothing is cut off. The form holds
 * personal data, so only the organisation department and the committee print it, and every print is in the
 * access log as an export.
 */
public interface AppointmentForms {

    enum Format {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** Writes the form of a record someone built (a 能上能下 case's, with its 拟任, 拟免, 任免理由 and 呈报单位). */
    void write(AppointmentRecord record, Format format, OutputStream out);

    /** Writes a cadre's own form from the registry ({@link CadreService#appointmentRecord}): no case parts. */
    void write(long cadreId, Format format, OutputStream out);
}
