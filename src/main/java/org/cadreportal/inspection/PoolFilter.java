package org.cadreportal.inspection;

/** The reserve pool's filter: text in the cadre's name, a unit subtree within the user's scope, a status. */
public record PoolFilter(String name, Long unitId, PoolStatus status) {

    public static PoolFilter all() {
        return new PoolFilter(null, null, null);
    }
}
