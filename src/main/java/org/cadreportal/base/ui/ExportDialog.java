package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.cadreportal.base.ExportCancelledException;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.PortalTempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A long export runs in the background while this dialog shows how far it has come and offers a
 * cancel; the page polls for progress. The file goes to a temporary file first and is offered once
 * complete, so nobody gets half a spreadsheet. The export runs as the signed-in user. The file is
 * deleted when the dialog closes or the page goes away; the hourly sweep catches anything else.
 */
public class ExportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ExportDialog.class);
    private static final int POLL_MS = 500;

    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel;
    private final String fileName;
    private final String contentType;
    private volatile boolean cancelled;
    private Path file;
    private Registration uiGone;

    private ExportDialog(String title, String fileName, String contentType) {
        this.fileName = fileName;
        this.contentType = contentType;
        setHeaderTitle(title);
        setWidth("min(480px, 95vw)");
        setCloseOnOutsideClick(false);
        bar.setIndeterminate(true);
        status.setId("export-status");
        status.setText(getTranslation("export.preparing"));
        add(bar, status);
        cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("export-cancel");
        getFooter().add(cancel);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                cancelled = true;
                e.getSource().getUI().ifPresent(ui -> ui.setPollInterval(-1));
                deleteQuietly();
            }
        });
    }

    /** Opens the dialog and starts {@code writer} on a background thread. */
    public static ExportDialog start(String title, String fileName, String contentType,
                                     BiConsumer<OutputStream, ExportProgress> writer) {
        UI ui = UI.getCurrent();
        ExportDialog dialog = new ExportDialog(title, fileName, contentType);
        dialog.open();
        ui.setPollInterval(POLL_MS);
        Runnable job = new DelegatingSecurityContextRunnable(() -> dialog.run(ui, writer));
        Thread.ofVirtual().name("export-" + fileName).start(job);
        return dialog;
    }

    private void run(UI ui, BiConsumer<OutputStream, ExportProgress> writer) {
        Path tmp = null;
        try {
            tmp = PortalTempFiles.create("export-");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.accept(out, (done, total) -> {
                    ui.access(() -> progress(done, total));
                    return !cancelled;
                });
            }
            Path written = tmp;
            ui.access(() -> finished(ui, written));
        } catch (UIDetachedException e) {
            // The browser went away while the file was written: nobody will fetch it.
            delete(tmp);
        } catch (ExportCancelledException e) {
            delete(tmp);
        } catch (PortalException e) {
            delete(tmp);
            ui.access(() -> failed(e.messageKey(), e.args()));
        } catch (IOException | RuntimeException e) {
            log.error("Export {} failed", fileName, e);
            delete(tmp);
            ui.access(() -> failed("export.failed"));
        }
    }

    private void progress(long done, long total) {
        if (total > 0) {
            bar.setIndeterminate(false);
            bar.setValue(Math.min(1.0, done / (double) total));
            status.setText(getTranslation("export.progress", done, total));
        } else {
            status.setText(getTranslation("export.progressUnknown", done));
        }
    }

    private void finished(UI owner, Path written) {
        if (cancelled) {
            delete(written);
            return;
        }
        file = written;
        // The file is personal data: it goes when the page does (closed tab, expired or ended session).
        uiGone = owner.addDetachListener(e -> deleteQuietly());
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        bar.setIndeterminate(false);
        bar.setValue(1.0);
        status.setText(getTranslation("export.done"));
        Anchor download = new Anchor(Downloads.written(written, fileName, contentType), AttachmentType.DOWNLOAD,
                getTranslation("export.download"));
        download.setId("export-download");
        download.addClassName("portal-link-button");
        add(download);
        cancel.setText(getTranslation("action.close"));
        // Starts the download at once; the link stays for a browser that blocks it.
        download.getElement().executeJs("setTimeout(() => this.click(), 100)");
    }

    private void failed(String key, Object... args) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        bar.setVisible(false);
        status.setText(getTranslation(key, args));
        status.addClassName("portal-error-text");
        cancel.setText(getTranslation("action.close"));
    }

    /** The file written and not yet deleted, if any. */
    Path writtenFile() {
        return file;
    }

    private void deleteQuietly() {
        if (uiGone != null) {
            uiGone.remove();
            uiGone = null;
        }
        delete(file);
        file = null;
    }

    private static void delete(Path path) {
        PortalTempFiles.delete(path);
    }
}
