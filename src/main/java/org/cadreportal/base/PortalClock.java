package org.cadreportal.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import lombok.Getter;

/**
 * The portal's clock (the {@link Clock} bean): real time, except on a thread that has pinned it to a moment
 * with {@link #at}. The demo loader pins it on its own thread to each night of its year and runs the real
 * nightly jobs there, while every other thread (web requests, schedulers) keeps real time. Tests extend it
 * to move real time itself.
 */
public class PortalClock extends Clock {

    @Getter private final ZoneId zone;
    private final ThreadLocal<Instant> pinned;

    public PortalClock(ZoneId zone) {
        this(zone, new ThreadLocal<>());
    }

    private PortalClock(ZoneId zone, ThreadLocal<Instant> pinned) {
        this.zone = zone;
        this.pinned = pinned;
    }

    /** Runs {@code work} on this thread with the clock showing {@code time} (in the clock's zone), then puts it back. */
    public <T> T at(LocalDateTime time, Supplier<T> work) {
        Instant before = pinned.get();
        pinned.set(time.atZone(zone).toInstant());
        try {
            return work.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    /** The time when nothing is pinned: real time (tests move it). */
    protected Instant unpinned() {
        return Instant.now();
    }

    @Override
    public final Instant instant() {
        Instant p = pinned.get();
        return p != null ? p : unpinned();
    }

    /** The same clock seen in another zone: a pin made on either shows on both. */
    @Override
    public Clock withZone(ZoneId other) {
        PortalClock self = this;
        return new PortalClock(other, pinned) {
            @Override
            protected Instant unpinned() {
                return self.unpinned();
            }
        };
    }
}
