package org.cadreportal.archive.service;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryTotal;
import org.cadreportal.security.DataScope;
import org.springframework.stereotype.Component;

/**
 * The archive grid's total, never reading more than about {@value #CAP} entries for it (docs/performance.md).
 * Without a search text: exact up to {@value #CAP}, else "more than {@value #CAP}". With one, whose LIKE no
 * index serves: exact when the other filters leave at most {@value #CAP} entries to read; otherwise the
 * matches among the newest {@value #CAP} of those entries, and the grid says so.
 */
@Component
@RequiredArgsConstructor
class EntryTotals {

    /** The most entries a count reads: at 2,000,000 entries an exact province-wide count takes 0.6 s. */
    static final int CAP = 10_000;

    private final EntryQuery query;

    EntryTotal total(EntryFilter filter, DataScope.Reach reach, String unitPath) {
        if (!filter.hasText()) {
            long n = query.countUpTo(filter, reach, unitPath, CAP, null);
            return n > CAP ? new EntryTotal(CAP, EntryTotal.Kind.MORE_THAN, CAP) : EntryTotal.exact(n);
        }
        // The entry just before the newest CAP the other filters leave: none when they leave no more than CAP.
        Optional<Long> beforeWindow = query.nthNewestId(filter.withoutText(), reach, unitPath, CAP + 1);
        long n = query.countUpTo(filter, reach, unitPath, CAP, beforeWindow.map(id -> id + 1).orElse(null));
        return beforeWindow.isEmpty() ? EntryTotal.exact(n) : new EntryTotal(n, EntryTotal.Kind.AMONG_NEWEST, CAP);
    }
}
