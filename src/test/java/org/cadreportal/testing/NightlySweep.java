package org.cadreportal.testing;

import java.util.concurrent.TimeUnit;
import org.cadreportal.supervision.service.LightJob;

/**
 * The nightly light sweep, run once from a test as the scheduler runs it. Its lock is held at least a second after
 * each run (so that a node whose clock is a little behind does not sweep again), and a call made while it is held is
 * skipped silently; so this calls again every 50 ms until the sweep has run once, instead of sleeping a fixed second
 * before every call.
 */
public final class NightlySweep {

    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private NightlySweep() {
    }

    public static void runOnce(LightJob job) throws InterruptedException {
        long before = job.runs();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        job.run();
        while (job.runs() == before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the supervision-lights lock was still held after 10 s");
            }
            Thread.sleep(50);
            job.run();
        }
    }
}
