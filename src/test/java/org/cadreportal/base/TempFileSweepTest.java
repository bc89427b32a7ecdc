package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Exports a browser never fetched do not stay on disk: the sweep takes the old, leaves the new. */
class TempFileSweepTest {

    @Test
    void theSweepDeletesAnHourOldExportAndKeepsAFreshOne() throws Exception {
        Instant now = Instant.now();
        Path old = PortalTempFiles.create("export-");
        Path fresh = PortalTempFiles.create("export-");
        Path outside = Files.createTempFile("not-the-portals-", ".tmp");
        try {
            Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofMinutes(61))));
            Files.setLastModifiedTime(fresh, FileTime.from(now.minus(Duration.ofMinutes(5))));
            Files.setLastModifiedTime(outside, FileTime.from(now.minus(Duration.ofDays(2))));

            new TempFileSweep(Clock.fixed(now, ZoneOffset.UTC)).run();

            assertThat(old).doesNotExist();
            assertThat(fresh).exists();
            assertThat(outside).as("a file outside the portal's folder").exists();
            assertThat(old.getParent()).isEqualTo(PortalTempFiles.dir());
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(outside);
        }
    }
}
