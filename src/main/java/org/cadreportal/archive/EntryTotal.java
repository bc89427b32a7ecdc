package org.cadreportal.archive;

/**
 * The archive grid's total, as far as it could be counted cheaply (docs/performance.md). {@code EXACT}: there
 * are {@code count} entries. {@code MORE_THAN}: there are more than {@code count} ("10,000 条以上"); the grid
 * pages on regardless. {@code AMONG_NEWEST}: a text search over more entries than it may read for a count found
 * {@code count} among the newest {@code searched} entries the other filters match; older ones were not counted.
 */
public record EntryTotal(long count, Kind kind, long searched) {

    public enum Kind { EXACT, MORE_THAN, AMONG_NEWEST }

    public static EntryTotal exact(long count) {
        return new EntryTotal(count, Kind.EXACT, count);
    }

    public boolean exact() {
        return kind == Kind.EXACT;
    }
}
