package org.cadreportal.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Downloads built on the server. The file is written completely to a temporary file first, so a
 * failure halfway gives the user an error instead of a truncated spreadsheet.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static DownloadHandler excel(String fileName, Consumer<OutputStream> writer) {
        return event -> {
            Path tmp = Files.createTempFile("portal-", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writer.accept(out);
                }
                event.setFileName(fileName);
                event.setContentType(XLSX);
                event.setContentLength(Files.size(tmp));
                try (InputStream in = Files.newInputStream(tmp); OutputStream out = event.getOutputStream()) {
                    in.transferTo(out);
                }
            } catch (RuntimeException e) {
                log.error("Download {} failed", fileName, e);
                event.getResponse().setStatus(500);
            } finally {
                deleteQuietly(tmp);
            }
        };
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            log.warn("Could not delete {}", tmp);
        }
    }
}
