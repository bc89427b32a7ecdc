package org.cadreportal.cadre.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cadreportal.cadre.AppointmentForms.Format;
import org.cadreportal.cadre.AppointmentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: renders the 任免审批表 of the fixture's records to PNG (pdftoppm -r 60) for a person to look
 * at. Runs only when asked: {@code -Dform.shots=DIR}.
 */
@EnabledIfSystemProperty(named = "form.shots", matches = ".+")
class AppointmentFormShots {

    @Test
    void renderPages() throws Exception {
        Path dir = Path.of(System.getProperty("form.shots"));
        Files.createDirectories(dir);
        shoot(AppointmentFormFixture.ordinary(), dir, "form");
        shoot(AppointmentFormFixture.veryLong(), dir, "form-long");
    }

    private static void shoot(AppointmentRecord r, Path dir, String name) throws Exception {
        Path work = Files.createTempDirectory("form-shots");
        Path pdf = AppointmentFormFixture.render(r, Format.PDF, work);
        Path docx = AppointmentFormFixture.render(r, Format.DOCX, work);
        Files.copy(pdf, dir.resolve(name + ".pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(docx, dir.resolve(name + ".docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        AppointmentFormFixture.run(work, "pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve(name + "-p").toString());
        AppointmentFormFixture.run(work, "soffice", "--headless", "-env:UserInstallation=file://" + work.resolve("lo"),
                "--convert-to", "pdf", "--outdir", work.resolve("out").toString(), docx.toString());
        AppointmentFormFixture.run(work, "pdftoppm", "-r", "60", "-png", work.resolve("out/form.pdf").toString(),
                dir.resolve(name + "-docx-p").toString());
    }
}
