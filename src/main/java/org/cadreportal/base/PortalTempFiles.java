package org.cadreportal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's own temporary files (exports and downloads being written): personal data on disk, so
 * they live in one folder of their own, readable by the portal's user only, where the sweep can remove
 * what a crash or a closed browser left behind without touching anybody else's files.
 */
public final class PortalTempFiles {

    private static final Logger log = LoggerFactory.getLogger(PortalTempFiles.class);
    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"), "cadre-portal-files");

    private PortalTempFiles() {
    }

    public static Path dir() {
        try {
            if (!Files.isDirectory(DIR, LinkOption.NOFOLLOW_LINKS)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(DIR, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(DIR);
                }
            }
            return DIR;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file in the portal's folder. */
    public static Path create(String prefix) throws IOException {
        return Files.createTempFile(dir(), prefix, ".tmp");
    }

    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file);
        }
    }

    /** Deletes the portal's files last written before {@code cutoff}; returns how many. */
    public static int deleteOlderThan(Instant cutoff) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir())) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", DIR, e.toString());
        }
        return deleted;
    }
}
