package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The one way the portal takes uploads. The browser's size and count limits are only advice: a replayed
 * request skips them, and an in-memory upload would hold whatever arrives. Here the server refuses a
 * file whose declared length is too big before reading it, stops reading one that grows past the limit
 * and keeps none of it, and refuses a file a field has no room for before reading a byte. A refused
 * upload answers 422, which the upload component shows as a failed file.
 */
public final class LimitedUpload implements UploadHandler {

    /** Takes an accepted file; runs with the UI locked, like any other UI change. */
    @FunctionalInterface
    public interface Receiver {
        void accept(String fileName, byte[] content);
    }

    /** Room for the multipart framing around one file of the largest size. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final int CHUNK = 8192;

    private final long maxBytes;
    private final int maxFiles;
    private final IntSupplier held;
    private final Receiver receiver;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param held how many files the field keeps now; with the files still arriving it may not pass
     *             {@code maxFiles}
     */
    public LimitedUpload(long maxBytes, int maxFiles, IntSupplier held, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.held = held;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        boolean handedOver = false;
        try {
            if (held.getAsInt() + inFlight.incrementAndGet() > maxFiles) {
                event.reject(text(event, "upload.error.tooManyFiles", maxFiles));
                return;
            }
            if (event.getFileSize() > maxBytes || event.getRequest().getContentLengthLong() > maxBytes
                    + MULTIPART_OVERHEAD) {
                event.reject(text(event, "upload.error.tooBig", maxBytes / 1024 / 1024));
                return;
            }
            byte[] content = readAtMost(event.getInputStream(), maxBytes);
            if (content == null) {
                event.reject(text(event, "upload.error.tooBig", maxBytes / 1024 / 1024));
                return;
            }
            String name = event.getFileName();
            UI ui = event.getUI();
            ui.access(() -> {
                try {
                    // Checked again under the lock: files that raced in together may not all fit.
                    if (held.getAsInt() < maxFiles) {
                        receiver.accept(name, content);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            handedOver = true;
        } finally {
            if (!handedOver) {
                inFlight.decrementAndGet();
            }
        }
    }

    /** The whole stream, or null as soon as it passes {@code limit} (what was read is dropped). */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileCountMax() {
        return maxFiles;
    }

    private static String text(UploadEvent event, String key, Object... args) {
        return event.getUI().getTranslation(key, args);
    }
}
