package org.cadreportal.inspection;

/** A reserve pool entry: in the pool (优秀年轻干部库), or used by a promotion the committee decided. */
public enum PoolStatus {
    OPEN, USED;

    public String labelKey() {
        return "pool.status." + name();
    }
}
