package org.cadreportal.base;

import java.time.Clock;
import java.time.Duration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the portal's temporary files older than an hour, on start and every hour: an export a
 * closed browser never fetched, a file a crash left. An export is fetched within minutes, so an hour
 * old is a leftover. The folder is each node's own, so the lock is per node (by host name): it stops
 * two runs on one node, not the other nodes sweeping theirs.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TempFileSweep {

    static final Duration MAX_AGE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(TempFileSweep.class);

    private final Clock clock;

    @Scheduled(initialDelay = 0, fixedDelayString = "${portal.temp-files.sweep-every:PT1H}")
    @SchedulerLock(name = "temp-file-sweep-#{T(java.net.InetAddress).getLocalHost().getHostName()}",
            lockAtMostFor = "PT10M")
    public void run() {
        int deleted = PortalTempFiles.deleteOlderThan(clock.instant().minus(MAX_AGE));
        if (deleted > 0) {
            log.info("Deleted {} leftover temporary files from {}", deleted, PortalTempFiles.dir());
        }
    }
}
