package org.cadreportal.cadre.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadreportal.cadre.service.AppointmentFormFixture.render;
import static org.cadreportal.cadre.service.AppointmentFormFixture.run;
import static org.cadreportal.cadre.service.AppointmentFormFixture.squeezed;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.cadreportal.cadre.AppointmentForms.Format;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.testing.Environment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;
import org.openpdf.text.pdf.PdfReader;

/**
 * The Word file of the 干部任免审批表 opens in LibreOffice: converted headless to PDF without an error, it has
 * the form's two pages (more with a 续页) and the same text as the portal's own PDF — name, posts, every 简历
 * line, every award, the family. Skips with the reason printed where LibreOffice is not installed; with
 * CI=true its absence is a failure ({@code .ci/run} installs libreoffice-writer-nogui and poppler-utils).
 */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class AppointmentDocxLibreOfficeTest {

    /**
     * The form's label column (58 points from a 48-point margin) is left out of the text read back, and the
     * physical layout is kept: without it pdftotext takes the open 简历 line's "2018.05--" before a wide gap
     * for a hyphenated word and drops a hyphen.
     */
    private static final String[] VALUES_ONLY = {"-layout", "-x", "107", "-y", "0", "-W", "500", "-H", "842"};

    @TempDir
    Path dir;

    static String soffice;

    @BeforeAll
    static void findLibreOffice() {
        Optional<String> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).map(Path::toString).findFirst()
                .or(() -> Optional.of(Path.of("/usr/lib/libreoffice/program/soffice")).filter(Files::isExecutable)
                        .map(Path::toString));
        boolean pdftotext = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, "pdftotext")));
        String missing = found.isEmpty() ? "LibreOffice (soffice) is not installed"
                : !pdftotext ? "poppler's pdftotext is not installed" : null;
        if (missing != null) {
            if (Environment.isCi()) {
                throw new IllegalStateException(missing + " — required when CI=true");
            }
            System.out.println("SKIPPED AppointmentDocxLibreOfficeTest: " + missing);
            Assumptions.abort(missing);
        }
        soffice = found.get();
    }

    @Test
    void anOrdinaryFormConvertsToTheTwoPagesWithTheSameText() throws Exception {
        AppointmentRecord r = AppointmentFormFixture.ordinary();
        Path pdf = convert(render(r, Format.DOCX, dir));
        assertThat(pages(pdf)).as("page 1 and page 2").isEqualTo(2);
        String text = text(pdf);
        assertThat(text).contains(r.name(), squeezed(r.currentPost()), squeezed(r.proposedPost()),
                squeezed(r.proposedRemoval()), squeezed(r.reason()), "中共江州市临川区委组织部");
        r.resumeLines().forEach(line -> assertThat(text).as("简历 line").contains(squeezed(line)));
        r.rewards().forEach(line -> assertThat(text).as("award").contains(squeezed(line)));
        for (Relative p : r.family()) {
            assertThat(text).contains(p.relation(), p.name(), p.politicalStatus(), squeezed(p.workAndPost()));
        }
        assertThat(squeezed(run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-")))
                .contains("干部任免审批表", "填表人：王秀英");
    }

    @Test
    void aVeryLongFormConvertsWithNothingLost() throws Exception {
        AppointmentRecord r = AppointmentFormFixture.veryLong();
        Path pdf = convert(render(r, Format.DOCX, dir));
        assertThat(pages(pdf)).as("page 1, page 2 and the 续页").isGreaterThan(2);
        String text = text(pdf);
        r.resumeLines().forEach(line -> assertThat(text).as("简历 line").contains(squeezed(line)));
        r.rewards().forEach(line -> assertThat(text).as("award").contains(squeezed(line)));
    }

    private Path convert(Path docx) throws Exception {
        Path out = dir.resolve("converted");
        // A profile of its own, so a LibreOffice already running elsewhere is not asked instead.
        run(dir, soffice, "--headless", "--norestore", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString());
        Path pdf = out.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(pdf).as("LibreOffice wrote the PDF").exists();
        return pdf;
    }

    private static int pages(Path pdf) throws Exception {
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            return reader.getNumberOfPages();
        }
    }

    /** The values' text of every page, without white space. */
    private String text(Path pdf) throws Exception {
        String[] command = new String[VALUES_ONLY.length + 5];
        command[0] = "pdftotext";
        System.arraycopy(VALUES_ONLY, 0, command, 1, VALUES_ONLY.length);
        command[VALUES_ONLY.length + 1] = "-enc";
        command[VALUES_ONLY.length + 2] = "UTF-8";
        command[VALUES_ONLY.length + 3] = pdf.toString();
        command[VALUES_ONLY.length + 4] = "-";
        return squeezed(run(dir, command));
    }
}
