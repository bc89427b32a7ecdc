package org.cadreportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cadreportal.base.PortalTempFiles;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;

/** A finished export is personal data on disk: it goes when the page does, fetched or not. */
class ExportDialogViewTest extends ViewTest {

    @Test
    void theExportFileIsDeletedWhenTheUiGoesAway() throws Exception {
        ExportDialog dialog = ExportDialog.start("导出", "archive.xlsx", Downloads.XLSX,
                (out, progress) -> {
                    try {
                        out.write("名单".getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        Path file = waitForFile(dialog);
        assertThat(file).exists();
        assertThat(file.getParent()).as("in the portal's own temp folder").isEqualTo(PortalTempFiles.dir());

        // What a closed tab (after its heartbeats stop) or an ended session does to the UI.
        MockVaadin.closeCurrentUI(true);

        assertThat(file).doesNotExist();
    }

    private static Path waitForFile(ExportDialog dialog) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            MockVaadin.clientRoundtrip();
            if (dialog.writtenFile() != null) {
                return dialog.writtenFile();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the export did not finish");
    }
}
