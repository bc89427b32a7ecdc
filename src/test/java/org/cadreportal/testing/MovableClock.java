package org.cadreportal.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.cadreportal.base.PortalClock;

/**
 * The portal's clock in integration and browser tests: real time plus an offset a test can move, so
 * "ten days later" is a call, not a wait. Tests that move it put it back. A thread that pins it (the demo
 * loader) sees its pinned moment, as with the portal's own clock.
 */
public final class MovableClock extends PortalClock {

    private volatile Duration offset = Duration.ZERO;

    public MovableClock(ZoneId zone) {
        super(zone);
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    protected Instant unpinned() {
        return Instant.now().plus(offset);
    }
}
