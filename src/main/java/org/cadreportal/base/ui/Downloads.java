package org.cadreportal.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.cadreportal.base.FileNames;
import org.cadreportal.base.PortalTempFiles;

/**
 * Downloads built on the server. The file is written completely to a temporary file first, so a
 * failure halfway gives the user an error instead of a truncated spreadsheet. Every download is
 * personal data: it is never cached, and its name goes out in a header a stored name cannot steer.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static final String PDF = "application/pdf";

    /** The 导出 link of a list or a figure: the download behind it, styled as a button; {@code id} may be null. */
    public static Anchor exportLink(DownloadHandler download, String id) {
        Anchor export = new Anchor(download, AttachmentType.DOWNLOAD,
                UI.getCurrent().getTranslation("cadre.action.export"));
        if (id != null) {
            export.setId(id);
        }
        export.addClassName("portal-link-button");
        return export;
    }

    public static DownloadHandler excel(String fileName, Consumer<OutputStream> writer) {
        return file(fileName, XLSX, writer);
    }

    public static DownloadHandler pdf(String fileName, Consumer<OutputStream> writer) {
        return file(fileName, PDF, writer);
    }

    /** A stored file (an attachment), fetched only when the user clicks. */
    public static DownloadHandler stored(java.util.function.Supplier<org.cadreportal.base.StoredFile> file) {
        return event -> {
            try {
                var content = file.get();
                headers(event, content.fileName());
                event.setContentType(content.contentType());
                event.setContentLength(content.content().length);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(content.content());
                }
            } catch (RuntimeException e) {
                log.error("Download failed", e);
                event.getResponse().setStatus(404);
            }
        };
    }

    public static DownloadHandler file(String fileName, String contentType, Consumer<OutputStream> writer) {
        return event -> {
            Path tmp = PortalTempFiles.create("download-");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writer.accept(out);
                }
                send(event, tmp, fileName, contentType);
            } catch (RuntimeException e) {
                log.error("Download {} failed", fileName, e);
                event.getResponse().setStatus(500);
            } finally {
                deleteQuietly(tmp);
            }
        };
    }

    /** A file already written (by a background export), sent as it is whenever the user clicks. */
    public static DownloadHandler written(Path file, String fileName, String contentType) {
        return event -> {
            try {
                send(event, file, fileName, contentType);
            } catch (IOException | RuntimeException e) {
                log.error("Download {} failed", fileName, e);
                event.getResponse().setStatus(404);
            }
        };
    }

    private static void send(DownloadEvent event, Path file, String fileName,
                             String contentType) throws IOException {
        headers(event, fileName);
        event.setContentType(contentType);
        event.setContentLength(Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = event.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * Sets the headers itself: Vaadin's {@code setFileName} puts a plain ASCII name between quotes
     * as it is, so a name holding a quote and a semicolon adds parameters of its own choosing.
     */
    private static void headers(DownloadEvent event, String fileName) {
        event.getResponse().setHeader("Content-Disposition", contentDisposition(fileName));
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.getResponse().setHeader("Pragma", "no-cache");
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
    }

    /**
     * An RFC 6266 attachment header: {@code filename*} carries the name in UTF-8, percent-encoded;
     * {@code filename} is an ASCII stand-in for old clients, with anything outside letters, digits
     * and a few marks made an underscore, so neither can hold a quote, a semicolon or a path.
     */
    public static String contentDisposition(String fileName) {
        String name = FileNames.downloadable(fileName);
        return "attachment; filename=\"" + FileNames.asciiFallback(name) + "\"; filename*=UTF-8''"
                + FileNames.percentEncoded(name);
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            log.warn("Could not delete {}", tmp);
        }
    }
}
