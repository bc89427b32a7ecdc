package org.cadreportal.supervision;

/**
 * The nightly recompute of every online item's lights (the scheduled job's work: lights, 节点提醒, the
 * ladder), run at once by a caller rather than by the schedule: the demo's year runs it for each of its nights.
 */
public interface NightlySweep {

    /** Sweeps every online item for the day the clock shows, in the caller's transaction. */
    Result sweepNow();

    /** What a sweep did: the items judged, item lights changed, items that turned red. */
    record Result(int items, int lightsChanged, int turnedRed) {
    }
}
