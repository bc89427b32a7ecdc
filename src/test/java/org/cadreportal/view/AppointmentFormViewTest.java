package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.AppointmentForms;
import org.cadreportal.cadre.AppointmentForms.Format;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.workflow.CaseStatus;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The 干部任免审批表 downloads: on a 能上能下 case at 讨论决定 and on the cadre's page for the organisation
 * department and the committee, with the case's 拟任, 拟免, 任免理由 and 呈报单位 in the case's form; nobody else
 * sees the links or may print the form; every print is an export in the access log, by the cadre's id.
 */
class AppointmentFormViewTest extends ViewTest {

    @Autowired
    AdjustmentService cases;
    @Autowired
    AppointmentForms forms;
    @Autowired
    JdbcTemplate jdbc;

    private CaseRow caseAtDecision() {
        return cases.page(new CaseFilter(null, null, "DECIDE", CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 1)).getContent().getFirst();
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberPrintsTheCaseFormWithTheCasePartsFilledIn() throws IOException {
        CaseRow row = caseAtDecision();
        navigate(CaseView.class, row.id());
        assertThat(present("case-form-pdf")).isTrue();
        assertThat(present("case-form-docx")).isTrue();

        AppointmentRecord r = cases.appointmentRecord(row.id());
        assertThat(r.name()).isEqualTo(row.cadreName());
        assertThat(r.proposedPost()).as("the case proposed a post before 讨论决定").isNotBlank();
        assertThat(r.reason()).isNotBlank();
        assertThat(r.reportingUnit()).isEqualTo("中共鄂东市委组织部");
        long before = lastLogId();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        forms.write(r, Format.PDF, pdf);
        String text;
        try (PdfReader reader = new PdfReader(pdf.toByteArray())) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                all.append(extractor.getTextFromPage(i));
            }
            text = squeezed(all.toString());
        }
        keepForLooking(pdf.toByteArray(), "form-case.pdf");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        forms.write(r, Format.DOCX, docx);
        keepForLooking(docx.toByteArray(), "form-case.docx");
        assertThat(text).contains(r.name(), squeezed(r.proposedPost()), squeezed(r.reportingUnit()));
        r.resumeLines().forEach(line -> assertThat(text).contains(squeezed(line)));
        assertThat(jdbc.queryForObject("select count(*) from access_log where id > ? and action = 'EXPORT' "
                + "and record_type = ? and record_id = ?", Long.class, before, AccessTypes.APPOINTMENT_FORM,
                r.cadreId())).isEqualTo(2L);
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void theDisciplineOfficerReadsTheCaseButNeitherSeesNorPrintsTheForm() {
        CaseRow row = caseAtDecision();
        navigate(CaseView.class, row.id());
        assertThat(present("case-pdf")).isTrue();
        assertThat(present("case-form-pdf")).isFalse();
        assertThat(present("case-form-docx")).isFalse();
        AppointmentRecord r = cases.appointmentRecord(row.id());
        assertThatThrownBy(() -> forms.write(r, Format.PDF, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerkPrintsACadresOwnFormAsAWordFile() throws IOException {
        long cadreId = caseAtDecision().cadreId();
        navigate(CadreView.class, String.valueOf(cadreId));
        assertThat(present("cadre-form-pdf")).isTrue();
        assertThat(present("cadre-form-docx")).isTrue();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        forms.write(cadreId, Format.DOCX, docx);
        String xml = squeezed(documentXml(docx.toByteArray()).replaceAll("<[^>]+>", ""));
        AppointmentRecord r = cases.appointmentRecord(caseAtDecision().id());
        assertThat(xml).contains(r.name(), squeezed(r.currentPost()));
        r.resumeLines().forEach(line -> assertThat(xml).contains(squeezed(line)));
        assertThat(xml).as("a cadre's own form has no case parts").doesNotContain(r.reportingUnit());
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theSupervisionOfficeReadsTheCadreButHasNoForm() {
        navigate(CadreView.class, String.valueOf(jdbc.queryForObject("select min(id) from cadres", Long.class)));
        assertThat(present("cadre-form-pdf")).isFalse();
        assertThatThrownBy(() -> forms.write(1L, Format.PDF, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** With {@code -Dform.shots=DIR}, the demo case's form is kept there for a person to look at. */
    private static void keepForLooking(byte[] file, String name) throws IOException {
        String dir = System.getProperty("form.shots");
        if (dir != null) {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, name), file);
        }
    }

    private long lastLogId() {
        Long id = jdbc.queryForObject("select max(id) from access_log", Long.class);
        return id == null ? 0 : id;
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
